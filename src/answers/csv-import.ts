import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_CSV_COLUMNS, MAX_CSV_RECORD_CHARS, MAX_INVALID_ROWS } from '../util/limits.js';
import { ownValue } from '../util/own.js';
import { resolveColumns, type CsvColumn } from './csv-columns.js';
import { exportCoverage, type ExportCoverage } from './export-coverage.js';
import type { LoadedCsvMapping } from './csv-mapping.js';
import { csvRowReader, rowResponse, type CellsReader, type CellsResult, type CsvRow, type CsvRowReader, type ResponseCells } from './csv-row.js';
import type { FormTool, FormToolName } from './form-tools/form-tool.js';
import { exportLayout, FIRST_ROWS } from './form-tools/registry.js';
import type { Response } from './schema.js';

/** A record as the readers give it (load/csv-records.ts, load/workbook/): its cells, and the lines read up to its end, blank ones among them. */
export interface CsvRecord {
  info: { lines: number; empty_lines: number };
  record: string[];
}

/**
 * A form export being parsed, as the reading side hands it over (src/load/form-export.ts): its
 * records, and what only the reader knows of the bytes behind them.
 */
export interface ParsedCsv {
  /** The records, in arrays of those parsed together: rows read from one array go to the reader as one batch. */
  records: AsyncIterable<CsvRecord[]>;
  /** Whether any bytes so far were not UTF-8: they are checked before the parser reads them. */
  sawInvalidBytes(): boolean;
  /** Warnings about the bytes (an encoding guessed), said before any row's. */
  warnings: readonly string[];
  /** Stops reading: a limit or a header problem ends the file. */
  stop(): void;
  /** A read error (not a CSV one) in a sentence about the file. */
  describeReadError(error: unknown): string;
}

/** How to read an export beyond its bytes: its mapping file, the tool that wrote it (detected when absent). */
export interface ExportReading {
  mapping?: LoadedCsvMapping;
  tool?: FormToolName;
}

/**
 * An export's header, once its columns are resolved: the tool that wrote it, what it covers, and
 * the warnings about its columns, which a command prints unless it refuses the export for
 * questions with no column.
 */
export interface CsvHeaderEvent {
  kind: 'header';
  file: string;
  questionnaire: Questionnaire;
  /** The tool's name as a person says it; "CSV" for a plain export. */
  tool: string;
  coverage: ExportCoverage;
  warnings: string[];
}

export type CsvEvent =
  | CsvHeaderEvent
  | { kind: 'warning'; message: string }
  | { kind: 'response'; response: Response; questionnaire: Questionnaire; unfinished?: boolean }
  | { kind: 'problems'; problems: Problem[] };

/** An event of csvRowBatches: a row's question cells are read as the caller's CellsReader reads them. */
export type CsvRowEvent<R> =
  | CsvHeaderEvent
  | { kind: 'warning'; message: string }
  | { kind: 'row'; row: CsvRow<R>; questionnaire: Questionnaire }
  | { kind: 'problems'; problems: Problem[] };

/** A row event as a response event: the row's answers as responseCells read them. */
export function asResponse(event: CsvRowEvent<ResponseCells>): CsvEvent {
  if (event.kind !== 'row') return event;
  return { kind: 'response', response: rowResponse(event.questionnaire, event.row), questionnaire: event.questionnaire, ...(event.row.unfinished ? { unfinished: true } : {}) };
}

/** A parsed record and the line it starts on. */
interface NumberedRecord {
  line: number;
  record: string[];
}

/**
 * The rows of an export in batches: the events of every record the parser has ready, in order,
 * with each row's question cells read by `readCells` (responseCells for responses; a team reads
 * them straight into scores). A consumer of 100,000 rows then pays for one asynchronous step per
 * batch (a hundred rows or so), not one per row through every generator in between. The first few
 * records are held back until the tool that wrote the export is known, and with it how many of
 * them are header rows. Header problems end the file; a bad row yields its problems and reading
 * goes on, so every problem is listed.
 */
export async function* csvRowBatches<R extends CellsResult>(file: string, csv: ParsedCsv, questionnaire: Questionnaire, readCells: CellsReader<R>, reading: ExportReading = {}): AsyncGenerator<CsvRowEvent<R>[]> {
  let readRow: CsvRowReader<R> | undefined;
  const first: NumberedRecord[] = [];
  let invalid = 0;
  let previousLines = 0;
  let previousEmpty = 0;
  let batch: CsvRowEvent<R>[] = csv.warnings.map((message) => ({ kind: 'warning', message }));
  /**
   * Reads one data record into the batch; false when the file ends here. There is no row limit
   * (rows stream on to their consumer), but every problem is held until the run ends: a file with
   * this many invalid rows is wrong as a whole.
   */
  const take = ({ line, record }: NumberedRecord): boolean => {
    const result = (readRow as CsvRowReader<R>).read(line, record);
    if (result.ok === true) batch.push({ kind: 'row', row: result.row, questionnaire });
    if (result.ok !== false) return true;
    const enough = ++invalid === MAX_INVALID_ROWS;
    batch.push({ kind: 'problems', problems: enough ? [...result.problems, tooManyInvalid(file)] : result.problems });
    return !enough;
  };
  /** Resolves the header from the first records and reads the rest of them; false when the header ends the file. */
  const start = (): boolean => {
    const header = exportHeader(file, first, questionnaire, reading);
    if (!header.ok) {
      // A refused header's column warnings come first; an accepted one carries them in its event.
      batch.push(...header.warnings.map((message): CsvRowEvent<R> => ({ kind: 'warning', message })), { kind: 'problems', problems: header.problems });
      return false;
    }
    // A row's bytes pass the UTF-8 check before the parser reads them, so sawInvalidBytes is up to date.
    readRow = csvRowReader(file, header.columns, readCells, csv.sawInvalidBytes, header.tool.dateOrder);
    batch.push(header.event);
    return first.slice(header.rows).every(take);
  };
  try {
    for await (const records of csv.records) {
      for (const { info, record } of records) {
        // The record's first line: after the previous record's last line and any blank lines skipped.
        const line = previousLines + 1 + (info.empty_lines - previousEmpty);
        previousLines = info.lines;
        previousEmpty = info.empty_lines;
        const limit = first.length === 0 ? columnLimit(file, record) : undefined;
        let going = !limit;
        if (limit) batch.push({ kind: 'problems', problems: [limit] });
        else if (readRow) going = take({ line, record });
        else if (first.push({ line, record }) === FIRST_ROWS) going = start();
        if (!going) {
          yield batch;
          csv.stop();
          return;
        }
      }
      // The rows of what was parsed together, handed over before the next bytes are read.
      if (readRow && batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    yield [...batch, { kind: 'problems', problems: [csvProblem(file, error, csv.describeReadError)] }];
    return;
  }
  // A file of fewer records than detection looks at.
  if (!readRow && first.length > 0 && !start()) {
    yield batch;
    return;
  }
  if (!readRow) batch.push({ kind: 'problems', problems: [{ file, message: 'is empty (no header row)' }] });
  for (const message of readRow?.warnings() ?? []) batch.push({ kind: 'warning', message });
  if (batch.length > 0) yield batch;
}

type ExportHeader =
  | { ok: true; tool: FormTool; rows: number; columns: CsvColumn[]; event: CsvHeaderEvent }
  | { ok: false; problems: Problem[]; warnings: string[] };

/** The export's tool (given, or detected from its first records), header rows and columns. */
function exportHeader(file: string, first: readonly NumberedRecord[], questionnaire: Questionnaire, reading: ExportReading): ExportHeader {
  const { tool, headerRows, columns, coded } = exportLayout(first.map(({ record }) => record), reading.tool);
  const resolved = resolveColumns(file, columns, questionnaire, reading.mapping, tool, coded);
  if (resolved.problems.length > 0) return { ok: false, problems: resolved.problems.map((problem) => inToolWords(problem, tool, file)), warnings: resolved.warnings };
  const coverage = exportCoverage(questionnaire, resolved.columns, resolved.unmatched, resolved.partial);
  const event: CsvHeaderEvent = { kind: 'header', file, questionnaire, tool: tool.title, coverage, warnings: resolved.warnings };
  return { ok: true, tool, rows: headerRows, columns: resolved.columns, event };
}

/** A header problem of a tool's export says which tool the file looked like, so a wrong guess shows (and --from can correct it). */
function inToolWords(problem: Problem, tool: FormTool, file: string): Problem {
  if (tool.name === 'csv' || problem.file !== file || problem.message.includes(tool.title)) return problem;
  return { ...problem, message: `${problem.message} (read as a ${tool.title} export; --from <tool> reads it as another)` };
}

function columnLimit(file: string, header: readonly string[]): Problem | undefined {
  if (header.length <= MAX_CSV_COLUMNS) return undefined;
  return { file, line: 1, message: `has ${header.length} columns; the limit is ${MAX_CSV_COLUMNS} (is it a form export, saved comma-separated?)` };
}

function tooManyInvalid(file: string): Problem {
  return { file, message: `stopped reading after ${MAX_INVALID_ROWS} invalid rows; fix what the problems above say and run again` };
}

/** CSV errors (load/csv-records.ts) in the words of someone who exported a form, each on one line. */
const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'not valid CSV: a quote is opened and never closed',
  CSV_INVALID_CLOSING_QUOTE: 'not valid CSV: a quoted cell goes on after its closing quote; inside quotes, write a quote as ""',
  CSV_MAX_RECORD_SIZE: `has a row longer than ${MAX_CSV_RECORD_CHARS} characters; a quote that is never closed makes the rest of the file one cell`,
};

export function csvProblem(file: string, error: unknown, describeReadError: (error: unknown) => string): Problem {
  const csv = error as { code?: string; lines?: number };
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) return { file, line: csv.lines, message: ownValue(CSV_MESSAGES, csv.code) ?? 'not valid CSV' };
  return { file, message: describeReadError(error) };
}
