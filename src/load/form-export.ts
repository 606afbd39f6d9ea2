import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { asResponse, csvProblem, csvRowBatches, type CsvEvent, type CsvRowEvent, type ExportReading, type ParsedCsv } from '../answers/csv-import.js';
import { responseCells, type CellsReader, type CellsResult } from '../answers/csv-row.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { InvalidInputError } from '../util/errors.js';
import { describeFsError } from '../util/fs-error.js';
import { csvRecords } from './csv-records.js';
import { sniffDelimiter } from './delimiter-sniff.js';
import { endStages, throughStages, type ByteStage } from './byte-stage.js';
import { CrlfToLf } from './line-ends.js';
import { peekBytes } from './peek-bytes.js';
import { fileChunks, inputFileProblem } from './read-input.js';
import { osPath, shownPath } from '../util/os-path.js';
import { headText, sniffEncoding, toUtf8, type ExportEncoding } from './text-encoding.js';
import { Utf8Watch } from './utf8-watch.js';

/**
 * How many bytes are looked at before parsing: the encoding and the separator are decided on them
 * (a file's first chunk is this size, see fileChunks, so nothing waits for more).
 */
const SNIFF_BYTES = 64 * 1024;

/**
 * Streams a form export (one row per respondent) as responses, row by row, so a large export
 * never sits in memory. Handles a BOM, CRLF, quoted newlines and ragged rows; UTF-16 with a BOM and
 * Windows-1252 (see sniffEncoding); `;` and tab separators (see sniffDelimiter). Header problems end
 * the file; a bad row yields its problems and reading goes on, so every problem is listed. A
 * relative `file` is read from `cwd` (where the command runs) and named in messages as given.
 */
export async function* readCsvResponses(file: string, questionnaire: Questionnaire, reading?: ExportReading, cwd?: string): AsyncGenerator<CsvEvent> {
  for await (const batch of readCsvBatches(file, questionnaire, responseCells(questionnaire), reading, cwd)) yield* batch.map(asResponse);
}

/** readCsvResponses from any byte stream (a file, or bytes in memory for the fuzzer); `file` names it in messages. */
export async function* readCsvStream(file: string, input: AsyncIterable<Buffer | string>, questionnaire: Questionnaire, reading?: ExportReading): AsyncGenerator<CsvEvent> {
  for await (const batch of csvRowBatches(file, await parseCsvBytes(file, input), questionnaire, responseCells(questionnaire), reading)) yield* batch.map(asResponse);
}

/** The rows of an export file in batches, as csvRowBatches reads them. */
export async function* readCsvBatches<R extends CellsResult>(file: string, questionnaire: Questionnaire, readCells: CellsReader<R>, reading?: ExportReading, cwd?: string): AsyncGenerator<CsvRowEvent<R>[]> {
  const path = cwd === undefined ? file : resolve(cwd, file);
  // Only a regular file is streamed: a named pipe or a device would block or never end.
  const problem = inputFileProblem(path) ?? (existsSync(osPath(path)) ? undefined : 'no such file');
  if (problem) {
    yield [{ kind: 'problems', problems: [{ file: shownPath(file), message: problem }] }];
    return;
  }
  yield* csvRowBatches(file, await parseCsvBytes(file, fileChunks(osPath(path))), questionnaire, readCells, reading);
}

/** What readCsvRecords yields: a warning about the bytes (an encoding guessed), or a record, the header first. */
export type CsvRecordEvent = { kind: 'warning'; message: string } | { kind: 'record'; record: readonly string[] };

/**
 * The header and then every record of an export file, decoded and parsed as readCsvBatches reads
 * them, but with no questionnaire reading the cells: `map` looks at what an export holds before
 * any mapping exists. A read or CSV error ends it as an InvalidInputError naming the file.
 */
export async function* readCsvRecords(file: string, cwd: string): AsyncGenerator<CsvRecordEvent> {
  const path = resolve(cwd, file);
  // Only a regular file is read, as readCsvBatches reads one.
  const problem = inputFileProblem(path) ?? (existsSync(osPath(path)) ? undefined : 'no such file');
  if (problem) throw new InvalidInputError([{ file: shownPath(file), message: problem }]);
  let csv: ParsedCsv;
  try {
    csv = await parseCsvBytes(file, fileChunks(osPath(path)));
  } catch (error) {
    throw new InvalidInputError([{ file, message: describeFsError(error) }]);
  }
  yield* csv.warnings.map((message): CsvRecordEvent => ({ kind: 'warning', message }));
  try {
    for await (const records of csv.records) yield* records.map(({ record }): CsvRecordEvent => ({ kind: 'record', record }));
  } catch (error) {
    throw new InvalidInputError([csvProblem(file, error, csv.describeReadError)]);
  }
}

/**
 * The bytes of an export, decoded to UTF-8 when they are UTF-16 or Windows-1252, through CRLF → LF
 * and a UTF-8 check into the CSV parser with the separator its header uses. UTF-8 bytes (nearly
 * every export) go through as they are.
 */
async function parseCsvBytes(file: string, input: AsyncIterable<Buffer | string>): Promise<ParsedCsv> {
  const { head, ended, bytes } = await peekBytes(input, SNIFF_BYTES);
  const encoding = sniffEncoding(head, ended);
  const delimiter = sniffDelimiter(headText(head, encoding));
  const utf8 = new Utf8Watch();
  const stages: ByteStage[] = [...(encoding === 'utf-8' ? [] : [toUtf8(encoding)]), new CrlfToLf(), utf8];
  const reading = { stopped: false };
  const csv = csvRecords(exportText(bytes, stages, reading), delimiter);
  return {
    records: csv,
    sawInvalidBytes: () => utf8.invalid,
    warnings: encodingWarnings(file, encoding),
    stop: () => void (reading.stopped = true),
    describeReadError: describeFsError,
  };
}

/**
 * How many bytes are decoded and parsed at a time. What the parser holds between two of its calls
 * (this text, its records and their cells) is alive whenever V8 cleans its young generation, and V8
 * grows that generation by how much survives (see src/boot/heap-growth.ts); with a file's 64 KiB
 * chunks a million rows grew it to 64 MB a half on Node 24, with this much to 16 MB.
 */
const PIECE_BYTES = 8 * 1024;

/**
 * An export's bytes through its stages (see parseCsvBytes) as UTF-8 text, a character split between
 * chunks joined, a BOM dropped, bytes that are not UTF-8 as U+FFFD, in pieces of PIECE_BYTES. A read
 * error ends it with that error; so does leaving it early, which closes the file.
 */
async function* exportText(bytes: AsyncIterable<Buffer>, stages: readonly ByteStage[], reading: { stopped: boolean }): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  function* pieces(chunk: Buffer): Generator<string> {
    for (let start = 0; start < chunk.length; start += PIECE_BYTES) yield decoder.decode(chunk.subarray(start, start + PIECE_BYTES), { stream: true });
  }
  for await (const chunk of bytes) {
    if (reading.stopped) return;
    yield* pieces(throughStages(stages, chunk));
  }
  yield* pieces(endStages(stages));
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/** A guessed encoding is said once per file: accents may come out wrong if the guess is. */
function encodingWarnings(file: string, encoding: ExportEncoding): string[] {
  if (encoding !== 'windows-1252') return [];
  return [`${file}: not UTF-8; read as Windows-1252 (Excel's "CSV" on Windows). Save as "CSV UTF-8" to be sure of accents`];
}
