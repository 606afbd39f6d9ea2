import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { jsonRecordsReader, locate, type JsonRecordEvent, type JsonRecordsOptions, type JsonRecordsReader } from '../answers/json-records.js';
import { InvalidInputError, problemsError, UserError } from '../util/errors.js';
import { describeFsError } from '../util/fs-error.js';
import { MAX_INPUT_BYTES, MAX_JSON_ARRAY_BYTES } from '../util/limits.js';
import { readInputText } from './read-input.js';
import { osPath } from '../util/os-path.js';

/** NDJSON / JSON Lines: one record per line, whatever the first bytes. */
const RECORD_LINES = /\.(ndjson|jsonl)$/i;
const JSON_FILE = /\.json$/i;
/** Records handed over at a time from a JSON array: one asynchronous step per batch, not per record. */
const BATCH = 100;

/**
 * Whether a file holds one respondent per JSON object: an .ndjson/.jsonl file, or a .json file
 * whose top level is an array (a .json object stays an answer file). Only the first bytes are read.
 */
export function isJsonRecordsFile(file: string, cwd: string): boolean {
  if (RECORD_LINES.test(file)) return true;
  if (!JSON_FILE.test(file)) return false;
  let fd: number | undefined;
  try {
    fd = openSync(osPath(resolve(cwd, file)), 'r');
    const head = Buffer.alloc(4096);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /^\uFEFF?\s*\[/.test(text);
  } catch {
    // Unreadable: read as an answer file, which names the problem.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The responses of a JSON records file in batches (see jsonRecordsReader for the rules). NDJSON
 * streams line by line, so its size has no limit; a JSON array is read whole, so it is held to
 * MAX_JSON_ARRAY_BYTES: larger sets go in NDJSON.
 */
export async function* readJsonResponses(file: string, cwd: string, options: JsonRecordsOptions): AsyncGenerator<JsonRecordEvent[]> {
  const reader = jsonRecordsReader(file, options);
  let whole: boolean;
  try {
    if (RECORD_LINES.test(file)) whole = yield* lineBatches(file, createReadStream(osPath(resolve(cwd, file))), reader);
    else whole = yield* arrayBatches(file, readArrayText(file, cwd), reader);
  } catch (error) {
    if (error instanceof InvalidInputError) yield [{ kind: 'problems', problems: error.problems }];
    else if (error instanceof UserError) yield [{ kind: 'problems', problems: [{ file, message: error.message }] }];
    else yield [{ kind: 'problems', problems: [{ file, message: describeFsError(error) }] }];
    return;
  }
  // A file not read to its end has its problem already: its coverage or emptiness would mislead.
  if (!whole) return;
  const last = reader.finish();
  if (last.length > 0) yield last;
}

/**
 * A JSON array's text, read whole (JSON.parse takes nothing less), so held to a size limit whose
 * message points to NDJSON, which streams and has none.
 */
function readArrayText(file: string, cwd: string): string {
  const size = statSync(osPath(resolve(cwd, file))).size;
  if (size > MAX_JSON_ARRAY_BYTES) throw problemsError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB; a JSON array is read whole, so it may be at most ${MAX_JSON_ARRAY_BYTES / 1024 / 1024} MB: write the records as NDJSON (.ndjson, one object per line), which is read line by line and has no size limit`);
  return readInputText(file, MAX_JSON_ARRAY_BYTES, cwd);
}

/** The records of an array in a JSON file's text; false when the text is no array of them, or the reader stopped. */
export function* arrayBatches(file: string, text: string, reader: JsonRecordsReader): Generator<JsonRecordEvent[], boolean> {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    yield [{ kind: 'problems', problems: [{ file, ...jsonErrorLine(text, error), message: `is not valid JSON: ${jsonErrorMessage(error)}` }] }];
    return false;
  }
  if (!Array.isArray(records)) {
    yield [{ kind: 'problems', problems: [{ file, message: 'must be an array of records, one object per respondent' }] }];
    return false;
  }
  for (let start = 0; start < records.length && !reader.stopped; start += BATCH) {
    const batch: JsonRecordEvent[] = [];
    for (let i = start; i < Math.min(start + BATCH, records.length) && !reader.stopped; i++) batch.push(reader.read(records[i], { index: i + 1 }));
    yield batch;
  }
  return !reader.stopped;
}

/** The records of NDJSON bytes, line by line: the events of each chunk's whole lines at a time; false when it stopped early (a line too long, or the reader stopped). */
export async function* lineBatches(file: string, input: Readable, reader: JsonRecordsReader): AsyncGenerator<JsonRecordEvent[], boolean> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  const readLine = (bytes: Buffer): JsonRecordEvent | undefined => {
    line++;
    if (!isUtf8(bytes)) return reader.notJson({ file, line, message: 'is not UTF-8 text' });
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '') return undefined;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      return reader.notJson(locate(file, { line }, `is not valid JSON: ${jsonErrorMessage(error)}`));
    }
    return reader.read(record, { line });
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const batch: JsonRecordEvent[] = [];
      let start = 0;
      for (let end = pending.indexOf(0x0a); end !== -1 && !reader.stopped; end = pending.indexOf(0x0a, start)) {
        const event = readLine(pending.subarray(start, end));
        if (event) batch.push(event);
        start = end + 1;
      }
      pending = pending.subarray(start);
      if (pending.length > MAX_INPUT_BYTES) batch.push({ kind: 'problems', problems: [{ file, line: line + 1, message: `has a line longer than ${MAX_INPUT_BYTES} bytes; each line must be one record` }] });
      if (batch.length > 0) yield batch;
      if (pending.length > MAX_INPUT_BYTES) return false;
      if (reader.stopped) return false;
    }
  } finally {
    input.destroy();
  }
  const event = pending.length > 0 && !reader.stopped ? readLine(pending) : undefined;
  if (event) yield [event];
  return !reader.stopped;
}

/** JSON.parse's message without its position, which the problem gives as a line. */
function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/ in JSON at position \d+.*$| at position \d+.*$/s, '').replace(/\s+/g, ' ');
}

/** The line JSON.parse's "at position N" points at, when it says. */
function jsonErrorLine(text: string, error: unknown): { line?: number } {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return {};
  const before = text.slice(0, Number(position[1]));
  return { line: before.split('\n').length };
}
