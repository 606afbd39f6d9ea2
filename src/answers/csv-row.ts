import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_LABEL_LENGTH } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import type { CsvColumn } from './csv-columns.js';
import { answersReader, type AnswerIssue } from './parse-answers.js';
import type { Answer, Response } from './schema.js';

/** A row of a form export: the respondent, and the question cells as `R` (see CellsReader). */
export interface CsvRow<R> {
  respondent: Record<string, string>;
  completed?: string;
  /** file:line of the record's first line. */
  source: string;
  cells: R;
}

export type CsvRowResult<R> = { ok: true; row: CsvRow<R> } | { ok: false; problems: Problem[] } | { ok: 'empty' };

/** What a CellsReader makes of a row's question cells: anything, with the issues found in them. */
export type CellsResult = { issues: readonly AnswerIssue[] };

/**
 * Reads the question cells of rows, given in the order of `ids`, into what a caller keeps of a
 * row: answers by id for a response (responseCells), or scores for a team (sheetReader).
 */
export type CellsReader<R extends CellsResult> = (ids: readonly string[]) => (values: readonly string[]) => R;

export type ResponseCells = { answers: Record<string, Answer>; issues: AnswerIssue[] };

/** Question cells read as a response's answers, exactly as an answer file's are (parseAnswers). */
export function responseCells(questionnaire: Questionnaire): CellsReader<ResponseCells> {
  return (ids) => answersReader(questionnaire, ids);
}

export function rowResponse(questionnaire: Questionnaire, row: CsvRow<ResponseCells>): Response {
  return { questionnaireId: questionnaire.id, respondent: row.respondent, completed: row.completed, answers: row.cells.answers, source: row.source };
}

/**
 * Reads the records of one export. Problems name the file, the record's first line, and the
 * column. What depends only on the columns is worked out once, not for every record, and each
 * record is read in plain loops: a large export runs this 100,000 times.
 */
export function csvRowReader<R extends CellsResult>(
  file: string,
  columns: readonly CsvColumn[],
  readCells: CellsReader<R>,
  /** Whether the bytes read so far hold any that are not UTF-8 (see Utf8Watch); until then no cell can. */
  sawInvalidBytes: () => boolean = () => true,
): (line: number, record: readonly string[]) => CsvRowResult<R> {
  const questionColumns = new Map<string, CsvColumn>();
  for (const column of columns) if (column.role.kind === 'question') questionColumns.set(column.role.questionId, column);
  const read = readCells([...questionColumns.keys()]);
  const otherColumns = columns.filter((column) => column.role.kind !== 'question');
  const questionIndices = [...questionColumns.values()].map((column) => column.index);
  // The mapping file's recodes, applied here and only here: responses and score sheets both read these values.
  const recodes = [...questionColumns.values()].map((column) => (column.role.kind === 'question' ? column.role.recode : undefined));
  return (line, record) => {
    const values: string[] = new Array(questionIndices.length);
    let blank = true;
    for (let i = 0; i < questionIndices.length; i++) {
      const cell = record[questionIndices[i] as number]?.trim() ?? '';
      const recode = recodes[i];
      values[i] = recode ? recode(cell) : cell;
      if (cell !== '') blank = false;
    }
    if (blank && record.every((cell) => cell.trim() === '')) return { ok: 'empty' };
    const problems: Problem[] = [];
    const respondent: Record<string, string> = {};
    let completed: string | undefined;
    for (const column of otherColumns) {
      const cell = record[column.index]?.trim() ?? '';
      const role = column.role;
      if (cell === '') continue;
      if (role.kind === 'attribute' && cell.length > MAX_LABEL_LENGTH) {
        problems.push(cellProblem(file, line, column, `is ${cell.length} characters long; a respondent attribute may have at most ${MAX_LABEL_LENGTH}`));
      } else if (role.kind === 'attribute') respondent[role.name] = cell.replace(/\s+/g, ' ');
      else if (role.kind === 'completed') {
        completed = dateOf(cell);
        if (!completed) problems.push(cellProblem(file, line, column, `must be a date like 2026-11-20 or 2026/11/20 10:15 (got ${quoted(cell)}); map the column to ignore if it is not the completion date`));
      }
    }
    if (sawInvalidBytes() && holdsReplacement(record)) problems.push({ file, line, message: 'is not UTF-8 text; export or save the file as "CSV UTF-8"' });
    const cells = read(values);
    for (const issue of cells.issues) problems.push(cellProblem(file, line, questionColumns.get(issue.questionId), issue.message));
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, row: { respondent, completed, source: `${file}:${line}`, cells } };
  };
}

/** Whether a cell holds U+FFFD, which decoding puts where bytes are not UTF-8. */
function holdsReplacement(record: readonly string[]): boolean {
  for (const cell of record) if (cell.includes('\uFFFD')) return true;
  return false;
}

/** A problem in one cell: the file, the record's first line and the column, by number and header. */
function cellProblem(file: string, line: number, column: CsvColumn | undefined, message: string): Problem {
  if (!column) return { file, line, message };
  return { file, line, col: column.index + 1, path: `column ${column.index + 1} ${quoted(column.header.replace(/\s+/g, ' '), 48, { sayLength: false })}`, message };
}
/**
 * YYYY-MM-DD from the year-first timestamps form tools write, or from a day-first one with dots
 * (16.11.2026 08:59), as Excel re-saves them in German and other European locales: no locale
 * writes a dotted date month-first. Undefined for anything else.
 */
function dateOf(cell: string): string | undefined {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T])/.exec(cell);
  const dayFirst = yearFirst ? undefined : /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[ T])/.exec(cell);
  if (!yearFirst && !dayFirst) return undefined;
  const [year, month, day] = (yearFirst ? yearFirst.slice(1) : (dayFirst as RegExpExecArray).slice(1).reverse()) as [string, string, string];
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
