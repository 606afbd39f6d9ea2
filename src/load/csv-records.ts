import Papa from 'papaparse';
import type { CsvRecord } from '../answers/csv-import.js';
import { MAX_CSV_RECORD_CHARS } from '../util/limits.js';
import type { CsvDelimiter } from './delimiter-sniff.js';

/** What can be wrong with CSV text; the codes are those answers/csv-import.ts words for a person. */
export type CsvSyntaxCode = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_MAX_RECORD_SIZE';

/** Text that is not CSV, with the line its record starts on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: CsvSyntaxCode,
    readonly lines: number,
  ) {
    super(`${code} at line ${lines}`);
  }
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

const PAPA_CODES: Record<string, CsvSyntaxCode> = { MissingQuotes: 'CSV_QUOTE_NOT_CLOSED', InvalidQuotes: 'CSV_INVALID_CLOSING_QUOTE' };

/**
 * Parses CSV text as it streams in (papaparse's core parser, fed chunk by chunk: its own stream
 * reader decodes each Buffer on its own, which breaks a character split between chunks), giving
 * the records of each piece of text as one array: a record at a time through an async generator
 * cost a promise per record, a tenth of a large export's reading. Each record carries the lines
 * read up to its end and the blank lines skipped so far, as `csvRowBatches` counts them. Rows may
 * differ in length. The first CSV error ends the text with a CsvSyntaxError, after the records
 * before it; so does a record longer than MAX_CSV_RECORD_CHARS, which is what an unclosed quote
 * makes of the rest of a file (and which would otherwise be parsed again with every chunk).
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter: CsvDelimiter): AsyncGenerator<CsvRecord[]> {
  let parsing: LineParser | undefined;
  let rest = '';
  const count = { lines: 0, empty: 0 };
  for await (const chunk of text) {
    rest += chunk;
    // The line end is decided on text that shows it: an LF, or a record's worth without one. A first
    // record longer than the first chunk, with a CR in a cell, is not an old Mac file.
    if (!parsing && !chunk.includes('\n') && rest.length <= MAX_CSV_RECORD_CHARS) continue;
    parsing ??= lineParser(rest, delimiter);
    const input = rest;
    const result = parsing.parser.parse(input, 0, true) as PapaResult;
    rest = input.slice(result.meta.cursor);
    yield* numbered(result, input, parsing.newline, count, false);
    if (rest.length > MAX_CSV_RECORD_CHARS) throw new CsvSyntaxError('CSV_MAX_RECORD_SIZE', count.lines + 1);
  }
  if (rest.length === 0) return;
  parsing ??= lineParser(rest, delimiter);
  yield* numbered(parsing.parser.parse(rest, 0, false) as PapaResult, rest, parsing.newline, count, true);
}

interface LineParser {
  parser: Papa.Parser;
  newline: '\n' | '\r';
}

/** The parser for text that starts as `text` does: LF lines, unless it has a CR and no LF (an old Mac "CSV"; line ends are LF by now otherwise, line-ends.ts). */
function lineParser(text: string, delimiter: CsvDelimiter): LineParser {
  const newline = !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
  return { parser: new Papa.Parser({ delimiter, newline }), newline };
}

/** The records of one parse, numbered, as one array (none when there are none); a record with a CSV error ends the text there. */
function* numbered(result: PapaResult, input: string, newline: '\n' | '\r', count: { lines: number; empty: number }, last: boolean): Generator<CsvRecord[]> {
  const error = result.errors[0];
  const parsed = error ? result.data.slice(0, error.row) : result.data;
  // Before the end every record parsed ends in a line end, so as many line ends as records means
  // one line each; otherwise a quoted cell holds one, and they are counted record by record.
  const oneLineEach = !last && occurrences(input, newline, result.meta.cursor) === result.data.length;
  const records: CsvRecord[] = [];
  for (const record of parsed) {
    if (record.length === 1 && record[0] === '') {
      count.lines++;
      count.empty++;
      continue;
    }
    count.lines += oneLineEach ? 1 : 1 + record.reduce((sum, cell) => sum + occurrences(cell, newline, cell.length), 0);
    records.push({ info: { lines: count.lines, empty_lines: count.empty }, record });
  }
  if (records.length > 0) yield records;
  if (error) throw new CsvSyntaxError(PAPA_CODES[error.code] ?? 'CSV_INVALID_CLOSING_QUOTE', count.lines + 1);
}

/** How often `part` occurs in `text` before `end`. */
function occurrences(text: string, part: string, end: number): number {
  let found = 0;
  for (let at = text.indexOf(part); at !== -1 && at < end; at = text.indexOf(part, at + part.length)) found++;
  return found;
}
