import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { asResponse, csvRowBatches, type CsvEvent, type CsvRowEvent, type ExportReading } from '../../answers/csv-import.js';
import { responseCells, type CellsReader, type CellsResult } from '../../answers/csv-row.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { readCsvBatches, readCsvRecords, type CsvRecordEvent } from '../form-export.js';
import { osPath } from '../../util/os-path.js';
import { InvalidInputError } from '../../util/errors.js';
import { containerOf, containerRefusal } from './container.js';
import { describeWorkbookError, parseXlsxFile } from './read-xlsx.js';

/** Form exports by name: CSV, and workbooks (.xlsx read; .xls and .ods refused with what to do). */
export const FORM_EXPORT_FILE = /\.(csv|xlsx|xls|ods)$/i;
export const WORKBOOK_FILE = /\.xlsx$/i;

/** How to read a form export: its mapping and tool (see ExportReading), where it is, and which sheet of a workbook. */
export interface ExportFileOptions extends ExportReading {
  cwd?: string;
  sheet?: string;
}

/**
 * The rows of a form export in batches, as csvRowBatches reads them, whether it is CSV or an
 * .xlsx workbook (its first sheet, or `sheet`): past this point the two are alike. A file whose
 * bytes are not what its name says is refused here, before any parser sees it.
 */
export async function* readExportBatches<R extends CellsResult>(file: string, questionnaire: Questionnaire, readCells: CellsReader<R>, options: ExportFileOptions): AsyncGenerator<CsvRowEvent<R>[]> {
  const path = options.cwd === undefined ? file : resolve(options.cwd, file);
  // Only a regular file is opened here; anything else (missing, a pipe, a device) goes on to
  // readCsvBatches, which refuses it before it is opened.
  const refusal = exportRefusal(file, options.cwd);
  if (refusal) {
    yield [{ kind: 'problems', problems: [{ file, message: refusal }] }];
    return;
  }
  if (!WORKBOOK_FILE.test(file) || !isFile(path)) {
    yield* readCsvBatches(file, questionnaire, readCells, options, options.cwd);
    return;
  }
  let parsed;
  try {
    parsed = await parseXlsxFile(osPath(path), options.sheet);
  } catch (error) {
    yield [{ kind: 'problems', problems: [{ file, message: describeWorkbookError(error) }] }];
    return;
  }
  yield* csvRowBatches(file, parsed, questionnaire, readCells, options);
}

/** readExportBatches as responses, one event at a time (import writes one answer file per row). */
export async function* formExportResponses(file: string, questionnaire: Questionnaire, options: ExportFileOptions): AsyncGenerator<CsvEvent> {
  for await (const batch of readExportBatches(file, questionnaire, responseCells(questionnaire), options)) yield* batch.map(asResponse);
}

/**
 * The header and then every record of a form export, CSV or a workbook's sheet, with no
 * questionnaire reading the cells (see readCsvRecords): what `map` looks at. Refusals and read
 * errors end it as an InvalidInputError naming the file.
 */
export async function* readExportRecords(file: string, cwd: string, sheet?: string): AsyncGenerator<CsvRecordEvent> {
  const refusal = exportRefusal(file, cwd);
  if (refusal) throw new InvalidInputError([{ file, message: refusal }]);
  const path = resolve(cwd, file);
  if (!WORKBOOK_FILE.test(file) || !isFile(path)) {
    yield* readCsvRecords(file, cwd);
    return;
  }
  let parsed;
  try {
    parsed = await parseXlsxFile(osPath(path), sheet);
  } catch (error) {
    throw new InvalidInputError([{ file, message: describeWorkbookError(error) }]);
  }
  yield* parsed.warnings.map((message): CsvRecordEvent => ({ kind: 'warning', message }));
  try {
    for await (const records of parsed.records) yield* records.map(({ record }): CsvRecordEvent => ({ kind: 'record', record }));
  } catch (error) {
    throw new InvalidInputError([{ file, message: parsed.describeReadError(error) }]);
  }
}

/** Why a form export is refused before it is read (an .xls, an encrypted workbook, a workbook named .csv…), or undefined. */
export function exportRefusal(file: string, cwd?: string): string | undefined {
  const path = cwd === undefined ? file : resolve(cwd, file);
  return isFile(path) ? containerRefusal(file, containerOf(osPath(path))) : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(osPath(path)).isFile();
  } catch {
    // Missing or unreadable: readCsvBatches reports it as it does for a CSV's.
    return false;
  }
}

/**
 * Why --sheet makes no sense for these inputs, or undefined: it names a sheet of a workbook, so a
 * CSV among the inputs, or no workbook at all, is a usage mistake said before anything is read.
 */
export function sheetOptionMisuse(sheet: string | undefined, files: readonly string[]): string | undefined {
  if (sheet === undefined) return undefined;
  const csv = files.find((file) => FORM_EXPORT_FILE.test(file) && !WORKBOOK_FILE.test(file));
  if (csv !== undefined) return `--sheet chooses a sheet of an .xlsx workbook, and ${csv} is not one; leave --sheet out for CSV`;
  if (!files.some((file) => WORKBOOK_FILE.test(file))) return '--sheet chooses a sheet of an .xlsx workbook, and no input is one';
  return undefined;
}
