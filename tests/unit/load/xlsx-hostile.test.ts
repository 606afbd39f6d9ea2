import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXlsxFile, WorkbookError } from '../../../src/load/workbook/read-xlsx.js';
import { SheetError } from '../../../src/load/workbook/sheet-rows.js';
import { XmlError } from '../../../src/load/workbook/xml-events.js';
import { ZipError } from '../../../src/load/workbook/zip-directory.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';
// @ts-expect-error: a plain .mjs fixture writer without types
import { xlsx } from '../../fixtures/xlsx/xlsx-writer.mjs';

// Every workbook, however damaged, must end in rows or in one of the reader's own errors (each a
// sentence about the file): never a crash, a hang or a raw library message.
const known = (error: unknown) =>
  error instanceof ZipError || error instanceof XmlError || error instanceof SheetError || error instanceof WorkbookError || (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

async function outcome(path: string): Promise<'rows' | 'known error' | unknown> {
  try {
    const parsed = await parseXlsxFile(path);
    for await (const batch of parsed.records) for (const record of batch) expect(Array.isArray(record.record)).toBe(true);
    return 'rows';
  } catch (error) {
    return known(error) ? 'known error' : error;
  }
}

describe('hostile workbooks', () => {
  const dir = tempDir();
  const original = readFileSync(join(repoRoot, 'tests', 'fixtures', 'xlsx', 'cells.xlsx'));

  it('bytes overwritten anywhere in a real workbook', async () => {
    const path = join(dir, 'mutated.xlsx');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), async (changes) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of changes) bytes[at] = value;
        writeFileSync(path, bytes);
        expect(await outcome(path)).toMatch(/^(rows|known error)$/);
      }),
      { seed: 16, numRuns: 100 },
    );
  });

  it('any text as a sheet', async () => {
    const path = join(dir, 'sheet.xlsx');
    const piece = fc.constantFrom('<row r="2">', '</row>', '<c r="B2" t="s">', '<c r="A1">', '<c t="inlineStr"><is><t>', '</t></is>', '</c>', '<v>', '</v>', '7', '99999', '&amp;', '&bogus;', '<![CDATA[x]]>', '<!-- c -->', '<c r="XFD9">', '<row r="0">', '<c s="1">', 'é', '\u0000');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>${pieces.join('')}</sheetData></worksheet>`;
        writeFileSync(path, xlsx({ sheets: [{ name: 'S', xml }] }));
        expect(await outcome(path)).toMatch(/^(rows|known error)$/);
      }),
      { seed: 16, numRuns: 80 },
    );
  });
});
