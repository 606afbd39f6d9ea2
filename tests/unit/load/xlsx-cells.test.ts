import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseCells } from '../../../src/answers/csv-row.js';
import { excelDateText, generalNumberText, isDateFormat, unescapeOoxml } from '../../../src/load/workbook/cell-text.js';
import { containerRefusal } from '../../../src/load/workbook/container.js';
import { readExportBatches, sheetOptionMisuse } from '../../../src/load/workbook/export-reader.js';
import { formatProblem } from '../../../src/util/errors.js';
import { tempDir } from '../../helpers/cli.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';
// @ts-expect-error: a plain .mjs fixture writer without types
import { xlsx } from '../../fixtures/xlsx/xlsx-writer.mjs';

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [0, undefined, false],
    [2, undefined, false],
    [164, 'yyyy-mm-dd', true],
    [164, '[$-409]d/m/yy\\ h:mm\\ AM/PM;@', true],
    [164, 'dd.mm.yyyy hh:mm', true],
    [164, '0.0"%"', false],
    [164, '0.0 "days"', false],
    [164, '[Red]#,##0', false],
    [164, '#,##0.00_);\\(#,##0.00\\)', false],
    [164, 'General', false],
  ])('numFmtId %i %j: %s', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });
});

describe('generalNumberText', () => {
  it.each([
    [3.0000000000000004, '3'],
    [0.1 + 0.2, '0.3'],
    [46342, '46342'],
    [123456789012345, '123456789012345'],
    [-0.5, '-0.5'],
    [-0, '0'],
    [2.5e15, '2500000000000000'],
  ])('%d → %s', (value, text) => {
    expect(generalNumberText(value)).toBe(text);
  });
});

describe('excelDateText', () => {
  it.each([
    // 46342 days after 1899-12-30 (from day 61 on, past the 29 February 1900 Excel counts) is 2026-11-16.
    [46342, false, '2026-11-16'],
    [46342 + (9 * 3600 + 5 * 60 + 12) / 86400, false, '2026-11-16T09:05:12'],
    // 0.4999999 of a day is 11:59:59.99: rounded to the second, as Excel shows it.
    [46342.4999999, false, '2026-11-16T12:00:00'],
    [1, false, '1900-01-01'],
    [61, false, '1900-03-01'],
    [0.25, false, '06:00:00'],
    // The 1904 system counts 1462 days fewer to the same date.
    [46342 - 1462, true, '2026-11-16'],
    [0, true, '1904-01-01'],
    [-1, false, undefined],
    [3e6, false, undefined],
  ])('%d (1904: %s) → %s', (serial, date1904, text) => {
    expect(excelDateText(serial, date1904)).toBe(text);
  });
});

describe('unescapeOoxml', () => {
  it('decodes _xHHHH_ and keeps a literal one written as _x005F_', () => {
    expect(unescapeOoxml('a_x000D_b')).toBe('a\rb');
    expect(unescapeOoxml('_x005F_x000D_')).toBe('_x000D_');
    expect(unescapeOoxml('plain')).toBe('plain');
  });
});

describe('containerRefusal', () => {
  it.each([
    ['e.xlsx', 'zip', undefined],
    ['e.XLSX', 'cfb', 'is an old binary Excel workbook (.xls)'],
    ['e.xlsx', 'encrypted', 'is a password-protected workbook'],
    ['e.xlsx', 'other', 'is not an Excel workbook: an .xlsx file is a zip, and this one is not'],
    ['e.xls', 'other', 'is an old binary Excel workbook (.xls)'],
    ['e.ods', 'zip', 'is an OpenDocument spreadsheet (.ods)'],
    ['e.csv', 'zip', 'is an Excel workbook, not CSV; name it .xlsx'],
    ['e.csv', 'cfb', 'is an old binary Excel workbook (.xls)'],
    ['e.csv', 'other', undefined],
  ] as const)('%s holding %s', (file, container, start) => {
    const refusal = containerRefusal(file, container);
    if (start === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toMatch(new RegExp(`^${start.replace(/[.()]/g, '\\$&')}`));
  });
});

describe('sheetOptionMisuse', () => {
  it('accepts --sheet only where every form export is a workbook and there is one', () => {
    expect(sheetOptionMisuse(undefined, ['a.csv'])).toBeUndefined();
    expect(sheetOptionMisuse('S', ['a.xlsx', 'b.yaml'])).toBeUndefined();
    expect(sheetOptionMisuse('S', ['a.xlsx', 'b.csv'])).toBe('--sheet chooses a sheet of an .xlsx workbook, and b.csv is not one; leave --sheet out for CSV');
    expect(sheetOptionMisuse('S', ['b.yaml'])).toBe('--sheet chooses a sheet of an .xlsx workbook, and no input is one');
  });
});

describe('readExportBatches on a workbook', () => {
  async function read(rows: unknown[][]): Promise<{ messages: string[]; responses: number }> {
    const dir = tempDir();
    writeFileSync(join(dir, 'f.xlsx'), xlsx({ sheets: [{ name: 'S', rows }] }));
    const messages: string[] = [];
    let responses = 0;
    for await (const batch of readExportBatches('f.xlsx', tinyQuestionnaire, responseCells(tinyQuestionnaire), { cwd: dir })) {
      for (const event of batch) {
        if (event.kind === 'problems') messages.push(...event.problems.map(formatProblem));
        if (event.kind === 'row') responses++;
      }
    }
    return { messages, responses };
  }

  it('names a bad cell by its sheet row and column, gaps and empty rows counted', async () => {
    const { messages, responses } = await read([['q1', 'q3'], ['Agree', 'yes'], [], [null, 'perhaps']]);
    expect(responses).toBe(1);
    expect(messages).toEqual([expect.stringMatching(/^f\.xlsx:4:2 column 2 "q3": /)]);
  });

  it('has no row limit: 100,001 rows are all read, as a CSV export\'s are', async () => {
    const { messages, responses } = await read([['q1'], ...Array.from({ length: 100_001 }, () => ['Agree'])]);
    expect(responses).toBe(100_001);
    expect(messages).toEqual([]);
  });
});
