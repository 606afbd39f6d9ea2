import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { asResponse, csvRowBatches, type CsvEvent, type CsvRowEvent } from '../../answers/csv-import.js';
import type { LoadedCsvMapping } from '../../answers/csv-mapping.js';
import { responseCells, type CellsReader, type CellsResult } from '../../answers/csv-row.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { readCsvBatches } from '../form-export.js';
import { containerOf, containerRefusal } from './container.js';
import { describeWorkbookError, parseXlsxFile } from './read-xlsx.js';

/** Form exports by name: CSV, and workbooks (.xlsx read; .xls and .ods refused with what to do). */
export const FORM_EXPORT_FILE = /\.(csv|xlsx|xls|ods)$/i;
export const WORKBOOK_FILE = /\.xlsx$/i;

/**
 * The rows of a form export in batches, as csvRowBatches reads them, whether it is CSV or an
 * .xlsx workbook (its first sheet, or `sheet`): past this point the two are alike. A file whose
 * bytes are not what its name says is refused here, before any parser sees it.
 */
export async function* readExportBatches<R extends CellsResult>(file: string, questionnaire: Questionnaire, readCells: CellsReader<R>, options: { mapping?: LoadedCsvMapping; cwd?: string; sheet?: string }): AsyncGenerator<CsvRowEvent<R>[]> {
  const path = options.cwd === undefined ? file : resolve(options.cwd, file);
  const refusal = exportRefusal(file, options.cwd);
  if (refusal) {
    yield [{ kind: 'problems', problems: [{ file, message: refusal }] }];
    return;
  }
  if (!WORKBOOK_FILE.test(file) || !isFile(path)) {
    yield* readCsvBatches(file, questionnaire, readCells, options.mapping, options.cwd);
    return;
  }
  let parsed;
  try {
    parsed = await parseXlsxFile(path, options.sheet);
  } catch (error) {
    yield [{ kind: 'problems', problems: [{ file, message: describeWorkbookError(error) }] }];
    return;
  }
  yield* csvRowBatches(file, parsed, questionnaire, readCells, options.mapping);
}

/** readExportBatches as responses, one event at a time (import writes one answer file per row). */
export async function* readExportResponses(file: string, questionnaire: Questionnaire, options: { mapping?: LoadedCsvMapping; cwd?: string; sheet?: string }): AsyncGenerator<CsvEvent> {
  for await (const batch of readExportBatches(file, questionnaire, responseCells(questionnaire), options)) yield* batch.map(asResponse);
}

/** Why a form export is refused before it is read (an .xls, an encrypted workbook, a workbook named .csv…), or undefined. */
export function exportRefusal(file: string, cwd?: string): string | undefined {
  const path = cwd === undefined ? file : resolve(cwd, file);
  return isFile(path) ? containerRefusal(file, containerOf(path)) : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
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
