import type { Question, Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { quoted } from '../util/quote.js';
import type { ColumnTarget, LoadedCsvMapping } from './csv-mapping.js';
import { parseAnswer } from './parse-answer.js';

/** Turns a column's cell text, as a tool coded it, into the text an answer file would hold. */
export type CellRecode = (cell: string) => string;

/** Question types whose cells are numbers, where an offset makes sense (a likert cell may be its position). */
const NUMERIC_TYPES: ReadonlySet<string> = new Set(['rating', 'likert', 'nps']);
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export interface ColumnRecode {
  recode?: CellRecode;
  problems: Problem[];
}

/**
 * A mapped column's `values` and `offset`, checked against its question once, when the mapping
 * meets the questionnaire: a recode to no valid answer is one problem at its place in the mapping
 * file, not a problem on every row. Applied in csvRowReader, which every reader of CSV cells
 * (`import`'s responses and `team`'s score sheets) goes through, so they cannot disagree.
 */
export function columnRecode(header: string, target: ColumnTarget, question: Question, questionnaire: Questionnaire, mapping: LoadedCsvMapping): ColumnRecode {
  if (typeof target === 'string' || !('question' in target)) return { problems: [] };
  const problems: Problem[] = [];
  const at = (...within: string[]) => ({ file: mapping.file, ...mapping.locate(header, ...within) });
  const values = new Map<string, string>();
  for (const [code, value] of Object.entries(target.values ?? {})) {
    const text = String(value);
    const parsed = parseAnswer(question, text, questionnaire);
    if (!parsed.ok) problems.push({ ...at('values', code), message: `column ${quoted(header)} recodes ${quoted(code)} to an answer question "${question.id}" cannot take: ${parsed.message}` });
    values.set(code.trim(), text);
  }
  const offset = target.offset;
  if (offset !== undefined && !NUMERIC_TYPES.has(question.type)) {
    problems.push({ ...at('offset'), message: `column ${quoted(header)} has an offset, but question "${question.id}" is ${question.type}, not a number (rating, likert position or nps)` });
  }
  if (problems.length > 0 || (values.size === 0 && !offset)) return { problems };
  return { recode: recoder(values, offset ?? 0, question.type === 'multi'), problems };
}

/**
 * The rules: a cell that is a key of `values` (exactly, trimmed) becomes its value; else, for a
 * multi question, each `;`/`,` piece that is a key; else a number gets `offset` added; anything
 * else is read as it is, so labels still work beside codes. A blank cell stays unanswered.
 */
export function recoder(values: ReadonlyMap<string, string>, offset: number, pieces: boolean): CellRecode {
  return (cell) => {
    if (cell === '') return cell;
    const value = values.get(cell);
    if (value !== undefined) return value;
    if (pieces && values.size > 0) {
      const split = cell.split(/([;,])/);
      // Even places hold the pieces, odd ones the separators, kept so that the cell splits as before.
      if (split.some((piece, i) => i % 2 === 0 && values.has(piece.trim()))) {
        return split.map((piece, i) => (i % 2 === 0 ? (values.get(piece.trim()) ?? piece) : piece)).join('');
      }
    }
    // Rounded so that 0.1-step ratings stay exact (0.7 + 0.1 is not 0.8 in floating point).
    if (offset !== 0 && NUMBER.test(cell)) return String(Math.round((Number(cell) + offset) * 1e9) / 1e9);
    return cell;
  };
}
