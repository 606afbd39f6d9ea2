import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_LABEL_LENGTH } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import type { CellRecode } from './cell-recode.js';
import type { CsvColumn } from './csv-columns.js';
import { DateColumn } from './date-column.js';
import type { DateOrder } from './timestamp.js';
import { answersReader, type AnswerIssue } from './parse-answers.js';
import type { Answer, Response } from './schema.js';

/** A row of a form export: the respondent, and the question cells as `R` (see CellsReader). */
export interface CsvRow<R> {
  respondent: Record<string, string>;
  completed?: string;
  /** Marked unfinished by the tool (Qualtrics' Finished, LimeSurvey's submit date); most tools export finished responses only. */
  unfinished?: boolean;
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
// The values array is the row reader's own and is filled again for the next row: a reader keeps
// what it makes of the values (the strings), never the array.

export type ResponseCells = { answers: Record<string, Answer>; issues: AnswerIssue[] };

/** Question cells read as a response's answers, exactly as an answer file's are (parseAnswers). */
export function responseCells(questionnaire: Questionnaire): CellsReader<ResponseCells> {
  return (ids) => answersReader(questionnaire, ids);
}

export function rowResponse(questionnaire: Questionnaire, row: CsvRow<ResponseCells>): Response {
  return { questionnaireId: questionnaire.id, respondent: row.respondent, completed: row.completed, answers: row.cells.answers, source: row.source };
}

/** Reads an export's records one by one; `warnings` are the columns' own, said once at the end (see DateColumn). */
export interface CsvRowReader<R> {
  read(line: number, record: readonly string[]): CsvRowResult<R>;
  warnings(): string[];
}

/**
 * Where a question's cell text comes from: one column (recoded), or several joined by ";" as a
 * multi-select's answer: a column per option (`tick`: its label when the cell is ticked), or
 * columns a mapping file points at the one question, each recoded to its option.
 */
interface QuestionSource {
  column: CsvColumn;
  cells: { index: number; recode?: CellRecode; tick?: string }[];
}

/** A ticked option column: anything but blank, 0, N, No or False (LimeSurvey writes Y or N; others the option's text). */
const UNTICKED = /^(0|n|no|false)$/i;
const FINISHED = /^(1|true|yes)$/i;
const UNFINISHED = /^(0|false|no)$/i;

/**
 * Reads the records of one export. Problems name the file, the record's first line, and the
 * column. What depends only on the columns is worked out once, not for every record, and each
 * record is read in plain loops: a large export runs this 100,000 times. Metadata cells never make
 * a problem: a date that cannot be read is left out (see DateColumn).
 */
export function csvRowReader<R extends CellsResult>(
  file: string,
  columns: readonly CsvColumn[],
  readCells: CellsReader<R>,
  /** Whether the bytes read so far hold any that are not UTF-8 (see Utf8Watch); until then no cell can. */
  sawInvalidBytes: () => boolean = () => true,
  dateOrder?: DateOrder,
): CsvRowReader<R> {
  const sources = questionSources(columns);
  const read = readCells([...sources.keys()]);
  const ordered = [...sources.values()];
  // The common case read inline, as plain arrays: one column per question (its index, else -1), and its recode.
  const single = ordered.map((source) => (source.cells.length === 1 && source.cells[0]?.tick === undefined ? (source.cells[0]?.index ?? -1) : -1));
  const recodes = ordered.map((source) => source.cells[0]?.recode);
  const otherColumns = columns.filter((column) => column.role.kind !== 'question' && column.role.kind !== 'option');
  const dates = new Map(otherColumns.filter((column) => column.role.kind === 'completed' || column.role.kind === 'submitted').map((column) => [column.index, new DateColumn(`${column.index + 1} ${quoted(column.header, 40, { sayLength: false })}`, dateOrder)]));
  // A Finished cell that says neither is left out like an unreadable date: the response counts as finished.
  const unclear = { count: 0, example: '', column: undefined as CsvColumn | undefined };
  // One array for every row's question cells (see CellsReader): an export of a million rows made a million of them.
  const values: string[] = new Array<string>(ordered.length).fill('');
  return {
    read(line, record) {
      let blank = true;
      for (let i = 0; i < ordered.length; i++) {
        const index = single[i] as number;
        if (index === -1) values[i] = joinedText(ordered[i] as QuestionSource, record);
        else {
          const cell = record[index]?.trim() ?? '';
          const recode = recodes[i];
          values[i] = recode ? recode(cell) : cell;
        }
        if (values[i] !== '') blank = false;
      }
      if (blank && record.every((cell) => cell.trim() === '')) return { ok: 'empty' };
      // Made only for a row with a problem: nearly every row has none.
      let problems: Problem[] | undefined;
      const respondent: Record<string, string> = {};
      let completed: string | undefined;
      let unfinished = false;
      for (const column of otherColumns) {
        const cell = record[column.index]?.trim() ?? '';
        const role = column.role;
        if (role.kind === 'submitted' && cell === '') unfinished = true;
        if (cell === '') continue;
        if (role.kind === 'attribute' && cell.length > MAX_LABEL_LENGTH) {
          (problems ??= []).push(cellProblem(file, line, column, `is ${cell.length} characters long; a respondent attribute may have at most ${MAX_LABEL_LENGTH}`));
        } else if (role.kind === 'attribute') respondent[role.name] = cell.replace(/\s+/g, ' ');
        else if (role.kind === 'completed' || role.kind === 'submitted') completed = dates.get(column.index)?.read(cell) ?? completed;
        else if (role.kind === 'finished' && UNFINISHED.test(cell)) unfinished = true;
        else if (role.kind === 'finished' && !FINISHED.test(cell) && unclear.count++ === 0) Object.assign(unclear, { example: cell, column });
      }
      if (sawInvalidBytes() && holdsReplacement(record)) (problems ??= []).push({ file, line, message: 'is not UTF-8 text; export or save the file as "CSV UTF-8"' });
      const cells = read(values);
      for (const issue of cells.issues) (problems ??= []).push(cellProblem(file, line, sources.get(issue.questionId)?.column, issue.message));
      if (problems) return { ok: false, problems };
      return { ok: true, row: { respondent, completed, source: `${file}:${line}`, cells, ...(unfinished ? { unfinished } : {}) } };
    },
    warnings: () => [...[...dates.values()].flatMap((date) => date.warning(file) ?? []), ...unclearFinished(file, unclear)],
  };
}

/** The one warning for Finished cells that say neither True/1 nor False/0. */
function unclearFinished(file: string, unclear: { count: number; example: string; column?: CsvColumn }): string[] {
  if (unclear.count === 0 || !unclear.column) return [];
  const cells = unclear.count === 1 ? '1 cell says' : `${unclear.count} cells say`;
  return [`${file}: column ${unclear.column.index + 1} ${quoted(unclear.column.header, 40, { sayLength: false })}: ${cells} neither finished nor unfinished (such as ${quoted(unclear.example, 40)}); read as finished`];
}

/** Each question's source, in column order: a multi-select's further columns gather under its first. */
function questionSources(columns: readonly CsvColumn[]): Map<string, QuestionSource> {
  const sources = new Map<string, QuestionSource>();
  for (const column of columns) {
    const role = column.role;
    if (role.kind !== 'question' && role.kind !== 'option') continue;
    const cell = role.kind === 'question' ? { index: column.index, recode: role.recode } : { index: column.index, tick: role.label };
    const source = sources.get(role.questionId);
    if (source) source.cells.push(cell);
    else sources.set(role.questionId, { column, cells: [cell] });
  }
  return sources;
}

/** A multi-select's cell from its parts, as an answer file would write it: the ticked options and recoded columns joined by ";". */
function joinedText(source: QuestionSource, record: readonly string[]): string {
  let joined = '';
  for (const part of source.cells) {
    const text = partText(part, record);
    if (text !== '') joined = joined === '' ? text : `${joined};${text}`;
  }
  return joined;
}

function partText({ index, recode, tick }: QuestionSource['cells'][number], record: readonly string[]): string {
  const cell = record[index]?.trim() ?? '';
  if (tick !== undefined) return cell === '' || UNTICKED.test(cell) ? '' : tick;
  return recode ? recode(cell) : cell;
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
