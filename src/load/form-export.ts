import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { asResponse, csvRowBatches, type CsvEvent, type CsvRecord, type CsvRowEvent, type ParsedCsv } from '../answers/csv-import.js';
import type { LoadedCsvMapping } from '../answers/csv-mapping.js';
import { responseCells, type CellsReader, type CellsResult } from '../answers/csv-row.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { describeFsError } from '../util/fs-error.js';
import { csvParseOptions } from './csv-parse-options.js';
import { crlfToLf } from './line-ends.js';
import { Utf8Watch } from './utf8-watch.js';

/**
 * Streams a form export (one row per respondent) as responses, row by row, so a large export
 * never sits in memory. Handles a BOM, CRLF, quoted newlines and ragged rows. Header problems end
 * the file; a bad row yields its problems and reading goes on, so every problem is listed. A
 * relative `file` is read from `cwd` (where the command runs) and named in messages as given.
 */
export async function* readCsvResponses(file: string, questionnaire: Questionnaire, mapping?: LoadedCsvMapping, cwd?: string): AsyncGenerator<CsvEvent> {
  for await (const batch of readCsvBatches(file, questionnaire, responseCells(questionnaire), mapping, cwd)) yield* batch.map(asResponse);
}

/** readCsvResponses from any byte stream (a file, or bytes in memory for the fuzzer); `file` names it in messages. */
export async function* readCsvStream(file: string, input: Readable, questionnaire: Questionnaire, mapping?: LoadedCsvMapping): AsyncGenerator<CsvEvent> {
  for await (const batch of csvRowBatches(file, parseCsvBytes(input), questionnaire, responseCells(questionnaire), mapping)) yield* batch.map(asResponse);
}

/** The rows of an export file in batches, as csvRowBatches reads them. */
export async function* readCsvBatches<R extends CellsResult>(file: string, questionnaire: Questionnaire, readCells: CellsReader<R>, mapping?: LoadedCsvMapping, cwd?: string): AsyncGenerator<CsvRowEvent<R>[]> {
  const path = cwd === undefined ? file : resolve(cwd, file);
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    yield [{ kind: 'problems', problems: [{ file, message: describeFsError(error) }] }];
    return;
  }
  yield* csvRowBatches(file, parseCsvBytes(createReadStream(path)), questionnaire, readCells, mapping);
}

/** The bytes of an export through CRLF → LF and a UTF-8 check into csv-parse. */
function parseCsvBytes(input: Readable): ParsedCsv {
  const parser = parse({ ...csvParseOptions });
  const utf8 = new Utf8Watch();
  // pipeline forwards a read error (or a parse error) to the parser, which ends the reading loop with it.
  pipeline(input, crlfToLf(), utf8, parser, () => undefined);
  return {
    records: parser as AsyncIterable<CsvRecord>,
    ready: () => parser.readableLength,
    sawInvalidBytes: () => utf8.invalid,
    stop: () => parser.destroy(),
    describeReadError: describeFsError,
  };
}
