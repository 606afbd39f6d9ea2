import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_CSV_COLUMNS, MAX_CSV_RECORD_CHARS, MAX_CSV_ROWS } from '../util/limits.js';
import { ownValue } from '../util/own.js';
import { resolveColumns } from './csv-columns.js';
import { exportCoverage, type ExportCoverage } from './export-coverage.js';
import type { LoadedCsvMapping } from './csv-mapping.js';
import { csvRowReader, rowResponse, type CellsReader, type CellsResult, type CsvRow, type ResponseCells } from './csv-row.js';
import type { Response } from './schema.js';

/** A record as csv-parse gives it with `info: true`: its cells, and the lines read up to its end, blank ones among them. */
export interface CsvRecord {
  info: { lines: number; empty_lines: number };
  record: string[];
}

/**
 * A form export being parsed, as the reading side hands it over (src/load/form-export.ts): its
 * records, and what only the reader knows of the bytes behind them.
 */
export interface ParsedCsv {
  records: AsyncIterable<CsvRecord>;
  /** Records parsed and not yet taken: at 0, the next one waits for more bytes. */
  ready(): number;
  /** Whether any bytes so far were not UTF-8: they are checked before the parser reads them. */
  sawInvalidBytes(): boolean;
  /** Warnings about the bytes (an encoding guessed), said before any row's. */
  warnings: readonly string[];
  /** Stops reading: a limit or a header problem ends the file. */
  stop(): void;
  /** A read error (not a CSV one) in a sentence about the file. */
  describeReadError(error: unknown): string;
}

/**
 * An export's header, once its columns are resolved: what it covers, and the warnings about its
 * columns, which a command prints unless it refuses the export for questions with no column.
 */
export interface CsvHeaderEvent {
  kind: 'header';
  file: string;
  questionnaire: Questionnaire;
  coverage: ExportCoverage;
  warnings: string[];
}

export type CsvEvent =
  | CsvHeaderEvent
  | { kind: 'warning'; message: string }
  | { kind: 'response'; response: Response; questionnaire: Questionnaire }
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
  return { kind: 'response', response: rowResponse(event.questionnaire, event.row), questionnaire: event.questionnaire };
}

/**
 * The rows of an export in batches: the events of every record the parser has ready, in order,
 * with each row's question cells read by `readCells` (responseCells for responses; a team reads
 * them straight into scores). A consumer of 100,000 rows then pays for one asynchronous step per
 * batch (a hundred rows or so), not one per row through every generator in between. Header
 * problems end the file; a bad row yields its problems and reading goes on, so every problem is listed.
 */
export async function* csvRowBatches<R extends CellsResult>(file: string, csv: ParsedCsv, questionnaire: Questionnaire, readCells: CellsReader<R>, mapping?: LoadedCsvMapping): AsyncGenerator<CsvRowEvent<R>[]> {
  let readRow: ReturnType<typeof csvRowReader<R>> | undefined;
  let rows = 0;
  let previousLines = 0;
  let previousEmpty = 0;
  let batch: CsvRowEvent<R>[] = csv.warnings.map((message) => ({ kind: 'warning', message }));
  try {
    for await (const { info, record } of csv.records) {
      // The record's first line: after the previous record's last line and any blank lines skipped.
      const line = previousLines + 1 + (info.empty_lines - previousEmpty);
      previousLines = info.lines;
      previousEmpty = info.empty_lines;
      const limit = !readRow ? columnLimit(file, record) : ++rows > MAX_CSV_ROWS ? rowLimit(file, line) : undefined;
      if (limit) {
        yield [...batch, { kind: 'problems', problems: [limit] }];
        csv.stop();
        return;
      }
      if (!readRow) {
        const resolved = resolveColumns(file, record, questionnaire, mapping);
        if (resolved.problems.length > 0) {
          const warnings = resolved.warnings.map((message): CsvRowEvent<R> => ({ kind: 'warning', message }));
          yield [...batch, ...warnings, { kind: 'problems', problems: resolved.problems }];
          csv.stop();
          return;
        }
        // A row's bytes pass the UTF-8 check before the parser reads them, so sawInvalidBytes is up to date.
        readRow = csvRowReader(file, resolved.columns, readCells, csv.sawInvalidBytes);
        const coverage = exportCoverage(questionnaire, resolved.columns, resolved.unmatched);
        batch.push({ kind: 'header', file, questionnaire, coverage, warnings: resolved.warnings });
        continue;
      }
      const result = readRow(line, record);
      if (result.ok === true) batch.push({ kind: 'row', row: result.row, questionnaire });
      else if (result.ok === false) batch.push({ kind: 'problems', problems: result.problems });
      // Nothing more parsed yet: hand over what there is before waiting for the next bytes.
      if (csv.ready() === 0 && batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    yield [...batch, { kind: 'problems', problems: [csvProblem(file, error, csv.describeReadError)] }];
    return;
  }
  if (!readRow) batch.push({ kind: 'problems', problems: [{ file, message: 'is empty (no header row)' }] });
  if (batch.length > 0) yield batch;
}

function columnLimit(file: string, header: readonly string[]): Problem | undefined {
  if (header.length <= MAX_CSV_COLUMNS) return undefined;
  return { file, line: 1, message: `has ${header.length} columns; the limit is ${MAX_CSV_COLUMNS} (is it a form export, saved comma-separated?)` };
}

function rowLimit(file: string, line: number): Problem {
  return { file, line, message: `has more than ${MAX_CSV_ROWS} rows; split the export into files of at most ${MAX_CSV_ROWS} rows and give them all at once` };
}

/** csv-parse's errors in the words of someone who exported a form, each on one line. */
const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'not valid CSV: a quote is opened and never closed',
  CSV_INVALID_CLOSING_QUOTE: 'not valid CSV: a quoted cell goes on after its closing quote; inside quotes, write a quote as ""',
  CSV_INVALID_OPENING_QUOTE: 'not valid CSV: a quote in the middle of a cell; quote the whole cell and write the quote as ""',
  CSV_MAX_RECORD_SIZE: `has a row longer than ${MAX_CSV_RECORD_CHARS} characters; a quote that is never closed makes the rest of the file one cell`,
};

export function csvProblem(file: string, error: unknown, describeReadError: (error: unknown) => string): Problem {
  const csv = error as { code?: string; lines?: number; message?: string };
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    const plain = (csv.message ?? '').replace(/ at line \d+/, '').replace(/^Invalid Record Length: /, '').replace(/\s+/g, ' ');
    return { file, line: csv.lines, message: ownValue(CSV_MESSAGES, csv.code) ?? `not valid CSV: ${plain}` };
  }
  return { file, message: describeReadError(error) };
}
