import type { PathLike } from 'node:fs';
import type { CsvRecord, ParsedCsv } from '../../answers/csv-import.js';
import { describeFsError } from '../../util/fs-error.js';
import { quoted } from '../../util/quote.js';
import { sheetRowHandlers, SheetError, type SheetContext } from './sheet-rows.js';
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook, type SheetRef, type WorkbookInfo } from './workbook-parts.js';
import { xmlParser, XmlError } from './xml-events.js';
import { readZipDirectory, ZipError, type ZipEntry } from './zip-directory.js';
import { entryChunks, entryText } from './zip-entry.js';

/**
 * How far one part of a workbook may unpack. A 100,000-row × 30-column export's sheet is about
 * 110 MB of XML; past these a workbook is a zip bomb or no form export.
 */
export const MAX_SHEET_XML_BYTES = 512 * 1024 * 1024;
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;

/** A workbook that is not one we can read: the message is a sentence about the file. */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
}

/**
 * An .xlsx export's chosen sheet (the first, or the one named) as the records of a CSV: its
 * parts are found through the zip's directory, the shared strings and styles read whole (a row
 * refers to them), and the sheet streamed through the inflater and a SAX parser, so rows flow and
 * memory holds one chunk's rows at a time.
 */
export async function parseXlsxFile(path: PathLike, sheetName?: string): Promise<ParsedCsv> {
  const entries = new Map(readZipDirectory(path).map((entry) => [entry.name, entry]));
  const workbook = await readWorkbook(path, entries);
  const sheet = chooseSheet(workbook.sheets, sheetName);
  const sheetEntry = entries.get(sheet.path);
  if (!sheetEntry) throw new WorkbookError(`is a damaged workbook: sheet ${quoted(sheet.name)} has no ${sheet.path}`);
  const context: SheetContext = {
    sharedStrings: workbook.sharedStringsPath && entries.has(workbook.sharedStringsPath) ? parseSharedStrings(await partText(path, entries, workbook.sharedStringsPath, MAX_SHARED_STRINGS_BYTES), workbook.sharedStringsPath) : [],
    dateStyles: workbook.stylesPath && entries.has(workbook.stylesPath) ? parseDateStyles(await partText(path, entries, workbook.stylesPath), workbook.stylesPath) : [],
    date1904: workbook.date1904,
  };
  return sheetRecords(path, sheetEntry, context);
}

async function readWorkbook(path: PathLike, entries: Map<string, ZipEntry>): Promise<WorkbookInfo> {
  if (entries.has('mimetype') || entries.has('content.xml')) throw new WorkbookError('is an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx or "CSV UTF-8"');
  const rootRels = entries.has('_rels/.rels') ? parseRelationships(await partText(path, entries, '_rels/.rels'), '_rels/.rels') : new Map();
  const workbookPath = [...rootRels.values()].find((relation) => relation.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  if (!entries.has(workbookPath)) throw new WorkbookError('is a zip file but not an Excel workbook (it has no xl/workbook.xml)');
  const relsPath = workbookPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const relations = entries.has(relsPath) ? parseRelationships(await partText(path, entries, relsPath), relsPath) : new Map();
  const workbook = parseWorkbook(await partText(path, entries, workbookPath), workbookPath, relations);
  if (workbook.sheets.length === 0) throw new WorkbookError('is a workbook with no sheet of cells');
  return workbook;
}

/** The sheet named (exactly, else ignoring case, as Excel does), or the first. */
function chooseSheet(sheets: readonly SheetRef[], name: string | undefined): SheetRef {
  if (name === undefined) return sheets[0] as SheetRef;
  const found = sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  throw new WorkbookError(`has no sheet ${quoted(name)}; its sheets: ${sheets.map((sheet) => quoted(sheet.name)).join(', ')}`);
}

async function partText(path: PathLike, entries: Map<string, ZipEntry>, name: string, cap = MAX_SMALL_PART_BYTES): Promise<string> {
  try {
    return await entryText(path, entries.get(name) as ZipEntry, cap);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new WorkbookError(`is a damaged workbook: ${name} is not UTF-8`);
    throw error;
  }
}

function sheetRecords(path: PathLike, entry: ZipEntry, context: SheetContext): ParsedCsv {
  let queue: CsvRecord[] = [];
  let stopped = false;
  const parser = xmlParser(entry.name, sheetRowHandlers(context, (record) => queue.push(record)));
  async function* records(): AsyncGenerator<CsvRecord[]> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const flush = function* () {
      const parsed = queue;
      queue = [];
      if (parsed.length > 0 && !stopped) yield parsed;
    };
    for await (const chunk of entryChunks(path, entry, MAX_SHEET_XML_BYTES)) {
      parser.write(decoder.decode(chunk, { stream: true }));
      yield* flush();
      if (stopped) return;
    }
    parser.write(decoder.decode());
    parser.close();
    yield* flush();
  }
  return {
    records: records(),
    sawInvalidBytes: () => false, // the decoder is fatal: bytes that are not UTF-8 end the sheet with a read error
    warnings: [],
    stop: () => void (stopped = true),
    describeReadError: describeWorkbookError,
  };
}

/** A workbook's reading errors in one sentence each; anything else is the file system's. */
export function describeWorkbookError(error: unknown): string {
  if (error instanceof ZipError || error instanceof XmlError || error instanceof SheetError || error instanceof WorkbookError) return error.message;
  if ((error as { code?: string } | null)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'is a damaged workbook: its sheet is not UTF-8';
  return describeFsError(error);
}
