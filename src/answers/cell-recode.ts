import type { Question, Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { ownValue } from '../util/own.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import type { ColumnTarget, LoadedCsvMapping, QuestionRecode, RecodedValue } from './csv-mapping.js';
import { parseAnswer } from './parse-answer.js';
import { questionsById } from './parse-answers.js';

/** Turns a column's cell text, as a tool coded it, into the text an answer file would hold. */
export type CellRecode = (cell: string) => string;

/** Question types whose cells are numbers, where an offset makes sense (a likert cell may be its position). */
export const NUMERIC_TYPES: ReadonlySet<string> = new Set(['rating', 'likert', 'nps']);
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A recode's parts once checked: code → answer text, or null for "leave unanswered". */
interface CheckedRecode {
  values?: Map<string, string | null>;
  offset?: number;
}

/** A column as resolveColumns builds it: its header and what it reads. Structural, so this file needs nothing from csv-columns.ts. */
export interface RecodableColumn {
  header: string;
  /** The text the mapping file names the column by, when not its header (Qualtrics' export tag). */
  mappedAs?: string;
  role: { kind: string; questionId?: string; recode?: CellRecode };
}

/**
 * Gives every question column its recode: the mapping file's `questions:` entry for its question,
 * with the column entry's own `values` and `offset` winning field by field. Checked against the
 * questionnaire once, when the mapping meets it: a recode to no valid answer is one problem at its
 * place in the mapping file, not a problem on every row. Applied in csvRowReader, which every
 * reader of CSV cells (`import`'s responses and `team`'s score sheets) goes through.
 */
export function withRecodes<C extends RecodableColumn>(columns: readonly C[], questionnaire: Questionnaire, mapping: LoadedCsvMapping | undefined): { columns: C[]; problems: Problem[] } {
  if (!mapping) return { columns: [...columns], problems: [] };
  const questions = questionsById(questionnaire);
  const { byQuestion, problems } = questionRecodes(questionnaire, mapping);
  const out = columns.map((column) => {
    const id = column.role.kind === 'question' ? column.role.questionId : undefined;
    const question = id === undefined ? undefined : questions.get(id);
    if (!question) return column;
    const own = columnRecode(column.mappedAs ?? column.header, columnEntry(mapping, column.mappedAs ?? column.header), question, questionnaire, mapping);
    problems.push(...own.problems);
    const shared = byQuestion.get(question.id) ?? {};
    const recode = recodeOf({ values: own.values ?? shared.values, offset: own.offset ?? shared.offset }, question.type === 'multi');
    // A copy with the recode: the column objects stay as resolveColumns made them.
    return recode ? ({ ...column, role: { ...column.role, recode } } as C) : column;
  });
  return { columns: out, problems };
}

/** The `questions:` entries, checked: an unknown id gets a did-you-mean, a recode its question cannot take a problem at its line. */
function questionRecodes(questionnaire: Questionnaire, mapping: LoadedCsvMapping): { byQuestion: Map<string, CheckedRecode>; problems: Problem[] } {
  const questions = questionsById(questionnaire);
  const byQuestion = new Map<string, CheckedRecode>();
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(mapping.mapping.questions ?? {})) {
    const at = (...within: string[]) => ({ file: mapping.file, ...mapping.locateQuestion?.(id, ...within) });
    const question = questions.get(id);
    if (!question) {
      const hint = closestMatch(id, [...questions.keys()]);
      problems.push({ ...at(), message: `questions: unknown question id ${quoted(id)} in "${questionnaire.id}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
      continue;
    }
    const checked = checkRecode(entry, question, questionnaire, at, `question "${question.id}"`, 'it');
    problems.push(...checked.problems);
    byQuestion.set(id, checked);
  }
  return { byQuestion, problems };
}

/** A column entry's `values` and `offset`, checked against its question; none for the short forms. */
function columnRecode(header: string, target: ColumnTarget | undefined, question: Question, questionnaire: Questionnaire, mapping: LoadedCsvMapping): CheckedRecode & { problems: Problem[] } {
  if (target === undefined || typeof target === 'string' || !('question' in target)) return { problems: [] };
  const at = (...within: string[]) => ({ file: mapping.file, ...mapping.locate(header, ...within) });
  return checkRecode(target, question, questionnaire, at, `column ${quoted(header)}`, `question "${question.id}"`);
}

/** `subject` says whose recode it is in messages ("column "Q3"", "question "x""), `holder` who cannot take the answer. */
function checkRecode(
  recode: QuestionRecode,
  question: Question,
  questionnaire: Questionnaire,
  at: (...within: string[]) => Omit<Problem, 'message'>,
  subject: string,
  holder: string,
): CheckedRecode & { problems: Problem[] } {
  const problems: Problem[] = [];
  let values: Map<string, string | null> | undefined;
  if (recode.values !== undefined) {
    values = new Map();
    for (const [code, value] of Object.entries(recode.values)) {
      const text = recodedText(value);
      const parsed = parseAnswer(question, text ?? undefined, questionnaire);
      if (!parsed.ok) problems.push({ ...at('values', code), message: `${subject} recodes ${quoted(code)} to an answer ${holder} cannot take: ${parsed.message}` });
      values.set(code.trim(), text);
    }
  }
  const offset = recode.offset;
  if (offset !== undefined && !NUMERIC_TYPES.has(question.type)) {
    const is = holder === 'it' ? `it is ${question.type}` : `question "${question.id}" is ${question.type}`;
    problems.push({ ...at('offset'), message: `${subject} has an offset, but ${is}, not a number (rating, likert position or nps)` });
  }
  return { values, offset, problems };
}

function recodedText(value: RecodedValue): string | null {
  return value === null ? null : String(value);
}

/** The entry `columns:` gives a header, whether the file wrote the header trimmed or as the export has it. */
function columnEntry(mapping: LoadedCsvMapping, header: string): ColumnTarget | undefined {
  const columns = mapping.mapping.columns;
  const exact = ownValue(columns, header);
  if (exact !== undefined) return exact;
  const key = Object.keys(columns).find((name) => name.trim() === header);
  return key === undefined ? undefined : ownValue(columns, key);
}

function recodeOf(recode: CheckedRecode, pieces: boolean): CellRecode | undefined {
  const values = recode.values ?? new Map<string, string | null>();
  const offset = recode.offset ?? 0;
  if (values.size === 0 && offset === 0) return undefined;
  return recoder(values, offset, pieces);
}

/**
 * The rules: a cell that is a key of `values` (exactly, trimmed) becomes its value (null: blank,
 * so unanswered); else, for a multi question, each `;`/`,` piece that is a key; else a number
 * gets `offset` added; anything else is read as it is, so labels still work beside codes. A blank
 * cell stays unanswered.
 */
export function recoder(values: ReadonlyMap<string, string | null>, offset: number, pieces: boolean): CellRecode {
  return (cell) => {
    if (cell === '') return cell;
    const value = values.get(cell);
    if (value !== undefined) return value ?? '';
    if (pieces && values.size > 0) {
      const recoded = recodePieces(cell, values);
      if (recoded !== undefined) return recoded;
    }
    // Rounded so that 0.1-step ratings stay exact (0.7 + 0.1 is not 0.8 in floating point).
    if (offset !== 0 && NUMBER.test(cell)) return String(Math.round((Number(cell) + offset) * 1e9) / 1e9);
    return cell;
  };
}

/** A multi cell's `;`/`,` pieces recoded, a piece recoded to null dropped with its separator; undefined when no piece is a key. */
function recodePieces(cell: string, values: ReadonlyMap<string, string | null>): string | undefined {
  const split = cell.split(/([;,])/);
  // Even places hold the pieces, odd ones the separators, kept so that the cell splits as before.
  if (!split.some((piece, i) => i % 2 === 0 && values.has(piece.trim()))) return undefined;
  let out = '';
  for (let i = 0; i < split.length; i += 2) {
    const piece = split[i] as string;
    const value = values.get(piece.trim());
    if (value === null) continue;
    if (out !== '') out += split[i - 1] ?? ';';
    out += value ?? piece;
  }
  return out;
}
