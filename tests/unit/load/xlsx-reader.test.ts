import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../../../src/answers/csv-import.js';
import { describeWorkbookError, parseXlsxFile } from '../../../src/load/workbook/read-xlsx.js';
import { readZipDirectory } from '../../../src/load/workbook/zip-directory.js';
import { entryChunks } from '../../../src/load/workbook/zip-entry.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';
// @ts-expect-error: a plain .mjs fixture writer without types
import { workbookEntries, xlsx, zip } from '../../fixtures/xlsx/xlsx-writer.mjs';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'xlsx');

async function records(file: string, sheet?: string): Promise<CsvRecord[]> {
  const parsed = await parseXlsxFile(join(fixtures, file), sheet);
  const all: CsvRecord[] = [];
  for await (const batch of parsed.records) all.push(...batch);
  return all;
}

async function readError(path: string, sheet?: string): Promise<string> {
  try {
    const parsed = await parseXlsxFile(path, sheet);
    for await (const record of parsed.records) void record;
  } catch (error) {
    return describeWorkbookError(error);
  }
  return 'no error';
}

const byLabel = (rows: CsvRecord[]) => Object.fromEntries(rows.map(({ record }) => [record[0], record.slice(1)]));

describe('parseXlsxFile: cells as Excel shows them', () => {
  it('gives each row its cells at their columns, with the sheet row number as its line', async () => {
    const rows = await records('cells.xlsx');
    expect(rows[0]).toEqual({ info: { lines: 1, empty_lines: 0 }, record: ['kind', 'value', 'more'] });
    // Row 4 is missing and row 5 holds only a styled empty cell: both count as empty lines, so
    // csvRowBatches names row 6 as line 6 (previous line 3 + 1 + 2 new empty lines).
    expect(rows[3]).toEqual({ info: { lines: 6, empty_lines: 2 }, record: ['booleans', 'TRUE', 'FALSE'] });
    expect(rows.map((row) => row.info.lines)).toEqual([1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('reads numbers in General format, booleans, formulas, inline and rich text, errors, gaps', async () => {
    const rows = byLabel(await records('cells.xlsx'));
    expect(rows['numbers']).toEqual(['0.3', '3']);
    expect(rows['large and small']).toEqual(['123456789012', '-0.5']);
    expect(rows['formulas']).toEqual(['kindx', '3']);
    expect(rows['inline, error']).toEqual(['inline text', '#N/A']);
    // Runs joined; the phonetic guide (<rPh>) left out; _x000D_ is a carriage return.
    expect(rows['rich text, escape']).toEqual(['Hello world', 'line one\r\nline two']);
    expect(rows['gap']).toEqual(['', 'after a gap']);
    expect(rows['no refs']).toEqual(['second', '7']);
    // A number format that is not a date leaves the number as it is; 1e-7 as JavaScript writes it.
    expect(rows['number format 0.00']).toEqual(['2', '1e-7']);
    expect(rows['custom formats']?.[1]).toBe('12.5');
  });

  it('turns date cells into ISO text: built-in 14 and 22, custom formats, a time alone', async () => {
    const rows = byLabel(await records('cells.xlsx'));
    expect(rows['dates']).toEqual(['2026-11-16', '2026-11-16T09:05:12']);
    expect(rows['custom formats']?.[0]).toBe('2026-11-16T09:05:12');
    expect(rows['locale date, time only']).toEqual(['2026-11-16', '12:00:00']);
  });

  it('honours the 1904 date system', async () => {
    const rows = byLabel(await records('cells-1904.xlsx'));
    expect(rows['dates']).toEqual(['2026-11-16', '2026-11-16T09:05:12']);
    expect(rows['custom formats']?.[0]).toBe('2026-11-16T09:05:12');
  });

  it('reads the sheet named, exactly or in another case, and lists the sheets for an unknown name', async () => {
    expect((await records('cells.xlsx', 'Second sheet')).map((row) => row.record)).toEqual([['kind'], ['second sheet']]);
    expect((await records('cells.xlsx', 'second SHEET')).map((row) => row.record)).toEqual([['kind'], ['second sheet']]);
    expect(await readError(join(fixtures, 'cells.xlsx'), 'Form1')).toBe('has no sheet "Form1"; its sheets: "Cells", "Second sheet"');
  });
});

describe('parseXlsxFile: streaming', () => {
  it('hands over rows a chunk at a time, never the whole sheet at once', async () => {
    const dir = tempDir();
    const path = join(dir, 'many.xlsx');
    writeFileSync(path, xlsx({ sheets: [{ name: 'S', rows: [['id', 'q1'], ...Array.from({ length: 20_000 }, (_, i) => [`r-${i}`, 'Agree'])] }] }));
    const parsed = await parseXlsxFile(path);
    let most = 0;
    let rows = 0;
    for await (const batch of parsed.records) {
      rows += batch.length;
      most = Math.max(most, batch.length);
    }
    expect(rows).toBe(20_001);
    // A 64 KB chunk of this sheet holds about 1,300 rows: what is handed over at a time is one chunk's.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThan(3_000);
  });
});

describe('parseXlsxFile: other writers', () => {
  it('reads a Strict OOXML workbook (other relationship namespace) and prefixed element names', async () => {
    const dir = tempDir();
    const path = join(dir, 'strict.xlsx');
    const entries = (workbookEntries({ sheets: [{ name: 'S', rows: [['kind', 'value'], ['text', 'shared']] }] }) as [string, string][]).map(([name, text]): [string, string] => [
      name,
      text.replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships').replace(/<(\/?)(row|c|v)\b/g, '<$1x:$2'),
    ]);
    writeFileSync(path, zip(entries));
    const parsed = await parseXlsxFile(path);
    const rows: string[][] = [];
    for await (const batch of parsed.records) rows.push(...batch.map(({ record }) => record));
    expect(rows).toEqual([['kind', 'value'], ['text', 'shared']]);
  });
});

describe('parseXlsxFile: refusals', () => {
  it('refuses a damaged zip, a zip bomb, an .ods and a zip that is no workbook, each in one sentence', async () => {
    expect(await readError(join(fixtures, 'corrupt.xlsx'))).toMatch(/^is not a complete zip file/);
    expect(await readError(join(fixtures, 'bomb.xlsx'))).toBe('unpacks xl/worksheets/sheet1.xml to more than 512 MB, the limit for one part of a workbook (a zip bomb, or far more than a form export); split the export');
    expect(await readError(join(fixtures, 'sheet.ods'))).toMatch(/^is an OpenDocument spreadsheet/);
    const dir = tempDir();
    writeFileSync(join(dir, 'plain.zip'), zip([['readme.txt', 'hello']]));
    expect(await readError(join(dir, 'plain.zip'))).toBe('is a zip file but not an Excel workbook (it has no xl/workbook.xml)');
  });

  it('refuses a part whose packed bytes do not inflate', async () => {
    const dir = tempDir();
    const path = join(dir, 'garbled.xlsx');
    const bytes: Buffer = xlsx({ sheets: [{ name: 'S', rows: [['q1'], ...Array.from({ length: 200 }, (_, i) => [`answer ${i}`])] }] });
    writeFileSync(path, bytes);
    const entry = readZipDirectory(path).find((candidate) => candidate.name === 'xl/worksheets/sheet1.xml')!;
    // Overwrite the middle of its deflated bytes with 0xFF, an invalid block type for deflate.
    bytes.fill(0xff, entry.headerOffset + 60, entry.headerOffset + 60 + Math.floor(entry.compressedSize / 2));
    writeFileSync(path, bytes);
    expect(await readError(path)).toMatch(/^is a damaged zip file \(the part xl\/worksheets\/sheet1.xml does not unpack: /);
  });

  it('stops inflating at the cap even when the directory understates the size', async () => {
    const dir = tempDir();
    const path = join(dir, 'liar.xlsx');
    writeFileSync(path, zip([['big.xml', 'x'.repeat(100_000)]]));
    const [entry] = readZipDirectory(path);
    const chunks = async () => {
      for await (const chunk of entryChunks(path, { ...entry!, size: 10 }, 50_000)) void chunk;
    };
    await expect(chunks()).rejects.toThrow(/unpacks big.xml to more than/);
  });

  it('refuses a cell past the column limit, and XML that is not well-formed', async () => {
    const dir = tempDir();
    const wide = join(dir, 'wide.xlsx');
    writeFileSync(wide, xlsx({ sheets: [{ name: 'S', rows: [{ r: 3, cells: [{ xml: '<c r="ALN3"><v>1</v></c>' }] }] }] }));
    expect(await readError(wide)).toBe('row 3: has a cell in column ALN, past the limit of 1000 columns; is it a form export?');
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, xlsx({ sheets: [{ name: 'S', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>' }] }));
    expect(await readError(broken)).toBe('is a damaged workbook: xl/worksheets/sheet1.xml is not valid XML (unexpected close tag)');
  });

  it('expands no entity a DTD declares (no "billion laughs"), and refuses a row of more than 1 MB of text', async () => {
    const dir = tempDir();
    const laughs = join(dir, 'laughs.xlsx');
    writeFileSync(laughs, xlsx({ sheets: [{ name: 'S', xml: '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;&a;</t></is></c></row></sheetData></worksheet>' }] }));
    expect(await readError(laughs)).toBe('is a damaged workbook: xl/worksheets/sheet1.xml is not valid XML (undefined entity)');
    const long = join(dir, 'long.xlsx');
    writeFileSync(long, xlsx({ sheets: [{ name: 'S', rows: [['q1'], [{ inline: 'x'.repeat(600_000) }, { inline: 'y'.repeat(600_000) }]] }] }));
    expect(await readError(long)).toBe('row 2: holds more than 1048576 characters; is it a form export?');
  });
});
