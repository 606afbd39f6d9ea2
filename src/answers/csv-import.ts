import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { crlfToLf } from '../util/line-ends.js';
import { describeFsError } from '../util/read-input.js';
import { resolveColumns, type CsvColumn } from './csv-columns.js';
import type { LoadedCsvMapping } from './csv-mapping.js';
import { csvRowToResponse } from './csv-row.js';
import type { Response } from './schema.js';

export type CsvEvent = { kind: 'warning'; message: string } | { kind: 'response'; response: Response } | { kind: 'problems'; problems: Problem[] };

/**
 * Streams a form export (one row per respondent) as responses, row by row, so a large export
 * never sits in memory. Handles a BOM, CRLF, quoted newlines and ragged rows. Header problems end
 * the file; a bad row yields its problems and reading goes on, so every problem is listed.
 */
export async function* readCsvResponses(file: string, questionnaire: Questionnaire, mapping?: LoadedCsvMapping): AsyncGenerator<CsvEvent> {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    yield { kind: 'problems', problems: [{ file, message: describeFsError(error) }] };
    return;
  }
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  // pipeline forwards a read error (or a parse error) to the parser, which ends the loop below with it.
  pipeline(createReadStream(file), crlfToLf(), parser, () => undefined);
  let columns: CsvColumn[] | undefined;
  let previous = { lines: 0, empty: 0 };
  try {
    for await (const { info, record } of parser as AsyncIterable<{ info: Info; record: string[] }>) {
      // The record's first line: after the previous record's last line and any blank lines skipped.
      const line = previous.lines + 1 + (info.empty_lines - previous.empty);
      previous = { lines: info.lines, empty: info.empty_lines };
      if (!columns) {
        const resolved = resolveColumns(file, record, questionnaire, mapping);
        for (const message of resolved.warnings) yield { kind: 'warning', message };
        if (resolved.problems.length > 0) {
          yield { kind: 'problems', problems: resolved.problems };
          parser.destroy();
          return;
        }
        columns = resolved.columns;
        continue;
      }
      const result = csvRowToResponse(file, line, record, columns, questionnaire);
      if (result.ok === true) yield { kind: 'response', response: result.response };
      else if (result.ok === false) yield { kind: 'problems', problems: result.problems };
    }
  } catch (error) {
    yield { kind: 'problems', problems: [csvProblem(file, error)] };
    return;
  }
  if (!columns) yield { kind: 'problems', problems: [{ file, message: 'is empty (no header row)' }] };
}

function csvProblem(file: string, error: unknown): Problem {
  const csv = error as { code?: string; lines?: number; message?: string };
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    const message = (csv.message ?? '').replace(/ at line \d+/, '').replace(/^Invalid Record Length: /, '');
    return { file, line: csv.lines, message: `not valid CSV: ${message}` };
  }
  return { file, message: describeFsError(error) };
}
