import { createReadStream, statSync } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_CSV_COLUMNS, MAX_CSV_RECORD_CHARS, MAX_CSV_ROWS } from '../util/limits.js';
import { ownValue } from '../util/own.js';
import { crlfToLf } from '../util/line-ends.js';
import { Utf8Watch } from '../util/utf8-watch.js';
import { describeFsError } from '../util/fs-error.js';
import { resolveColumns } from './csv-columns.js';
import { csvParseOptions } from './csv-parse-options.js';
import type { LoadedCsvMapping } from './csv-mapping.js';
import { csvRowReader, responseCells, rowResponse, type CellsReader, type CellsResult, type CsvRow, type ResponseCells } from './csv-row.js';
import type { Response } from './schema.js';

export type CsvEvent =
  | { kind: 'warning'; message: string }
  | { kind: 'response'; response: Response; questionnaire: Questionnaire }
  | { kind: 'problems'; problems: Problem[] };

/** An event of readCsvBatches: a row's question cells are read as the caller's CellsReader reads them. */
export type CsvRowEvent<R> =
  | { kind: 'warning'; message: string }
  | { kind: 'row'; row: CsvRow<R>; questionnaire: Questionnaire }
  | { kind: 'problems'; problems: Problem[] };

/**
 * Streams a form export (one row per respondent) as responses, row by row, so a large export
 * never sits in memory. Handles a BOM, CRLF, quoted newlines and ragged rows. Header problems end
 * the file; a bad row yields its problems and reading goes on, so every problem is listed.
 */
export async function* readCsvResponses(file: string, questionnaire: Questionnaire, mapping?: LoadedCsvMapping): AsyncGenerator<CsvEvent> {
  for await (const batch of readCsvBatches(file, questionnaire, responseCells(questionnaire), mapping)) yield* batch.map(asResponse);
}

/** readCsvResponses from any byte stream (a file, or bytes in memory for the fuzzer); `file` names it in messages. */
export async function* readCsvStream(file: string, input: Readable, questionnaire: Questionnaire, mapping?: LoadedCsvMapping): AsyncGenerator<CsvEvent> {
  for await (const batch of readCsvStreamBatches(file, input, questionnaire, responseCells(questionnaire), mapping)) yield* batch.map(asResponse);
}

function asResponse(event: CsvRowEvent<ResponseCells>): CsvEvent {
  if (event.kind !== 'row') return event;
  return { kind: 'response', response: rowResponse(event.questionnaire, event.row), questionnaire: event.questionnaire };
}

/**
 * The rows of an export in batches: the events of every record the parser has ready, in order,
 * with each row's question cells read by `readCells` (responseCells for responses; a team reads
 * them straight into scores). A consumer of 100,000 rows then pays for one asynchronous step per
 * batch (a hundred rows or so), not one per row through every generator in between.
 */
export async function* readCsvBatches<R extends CellsResult>(file: string, questionnaire: Questionnaire, readCells: CellsReader<R>, mapping?: LoadedCsvMapping): AsyncGenerator<CsvRowEvent<R>[]> {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    yield [{ kind: 'problems', problems: [{ file, message: describeFsError(error) }] }];
    return;
  }
  yield* readCsvStreamBatches(file, createReadStream(file), questionnaire, readCells, mapping);
}

async function* readCsvStreamBatches<R extends CellsResult>(file: string, input: Readable, questionnaire: Questionnaire, readCells: CellsReader<R>, mapping?: LoadedCsvMapping): AsyncGenerator<CsvRowEvent<R>[]> {
  const parser = parse({ ...csvParseOptions });
  const utf8 = new Utf8Watch();
  // pipeline forwards a read error (or a parse error) to the parser, which ends the loop below with it.
  pipeline(input, crlfToLf(), utf8, parser, () => undefined);
  let readRow: ReturnType<typeof csvRowReader<R>> | undefined;
  let rows = 0;
  let previousLines = 0;
  let previousEmpty = 0;
  let batch: CsvRowEvent<R>[] = [];
  try {
    for await (const { info, record } of parser as AsyncIterable<{ info: Info; record: string[] }>) {
      // The record's first line: after the previous record's last line and any blank lines skipped.
      const line = previousLines + 1 + (info.empty_lines - previousEmpty);
      previousLines = info.lines;
      previousEmpty = info.empty_lines;
      const limit = !readRow ? columnLimit(file, record) : ++rows > MAX_CSV_ROWS ? rowLimit(file, line) : undefined;
      if (limit) {
        yield [...batch, { kind: 'problems', problems: [limit] }];
        parser.destroy();
        return;
      }
      if (!readRow) {
        const resolved = resolveColumns(file, record, questionnaire, mapping);
        for (const message of resolved.warnings) batch.push({ kind: 'warning', message });
        if (resolved.problems.length > 0) {
          yield [...batch, { kind: 'problems', problems: resolved.problems }];
          parser.destroy();
          return;
        }
        // A row's bytes pass the watch before the parser reads them, so `invalid` is up to date.
        readRow = csvRowReader(file, resolved.columns, readCells, () => utf8.invalid);
        continue;
      }
      const result = readRow(line, record);
      if (result.ok === true) batch.push({ kind: 'row', row: result.row, questionnaire });
      else if (result.ok === false) batch.push({ kind: 'problems', problems: result.problems });
      // Nothing more parsed yet: hand over what there is before waiting for the next bytes.
      if (parser.readableLength === 0 && batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    yield [...batch, { kind: 'problems', problems: [csvProblem(file, error)] }];
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

function csvProblem(file: string, error: unknown): Problem {
  const csv = error as { code?: string; lines?: number; message?: string };
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    const plain = (csv.message ?? '').replace(/ at line \d+/, '').replace(/^Invalid Record Length: /, '').replace(/\s+/g, ' ');
    return { file, line: csv.lines, message: ownValue(CSV_MESSAGES, csv.code) ?? `not valid CSV: ${plain}` };
  }
  return { file, message: describeFsError(error) };
}
