import { definitionOf, isScored } from '../question-types/registry.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { similarity } from '../util/similarity.js';
import { NUMERIC_TYPES } from './cell-recode.js';
import type { ValueCount } from './column-values.js';
import { parseAnswer } from './parse-answer.js';

/** A code's suggested answer: a label, a number or yes/no; null to leave it unanswered; undefined when there is no guess. */
export interface CodeSuggestion {
  code: string;
  count: number;
  answer: string | null | undefined;
}

/** What `map` suggests, commented out, for a column whose cells its question cannot read as they are. */
export type RecodeSuggestion = { kind: 'offset'; offset: number; example: string } | { kind: 'values'; codes: CodeSuggestion[] };

const NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** Negative whole numbers: Qualtrics writes -99 for "seen, not answered". */
const UNANSWERED_CODE = /^-\d+$/;
const TRAILING_NUMBER = /(\d+)$/;
/** The lowest similarity at which a code's spelling suggests a label. */
const LIKE_FROM = 0.5;

/**
 * A recode that would let `question` read every value of its column, or undefined when it reads
 * them all already. An offset when shifting every number by one does it (a 0–10 question numbered
 * 1–11); else a value for each unreadable code: a label by the number the codes end in or by
 * spelling, yes/no for 1/0/2, ~ for a negative code, and no guess for the rest.
 */
export function suggestRecode(question: Question, questionnaire: Questionnaire, values: readonly ValueCount[], numberedFromOne = false): RecodeSuggestion | undefined {
  if (!isScored(question)) return undefined;
  const readable = (text: string) => parseAnswer(question, text, questionnaire).ok;
  const codes = unreadableCodes(question, values, readable);
  // A tool that numbers choices from 1 (Qualtrics' numeric export) shifts a 0–10 question by one even
  // where every code still reads, as long as no one chose the top: nothing shows it but the tool.
  if (codes.length === 0 && numberedFromOne && fromZero(question)) return { kind: 'offset', offset: -1, example: 'the first choice, 1 → 0' };
  if (codes.length === 0) return undefined;
  const offset = shiftThatFits(question, values, readable);
  if (offset !== undefined) return offset;
  const answers = suggestedAnswers(question, questionnaire, codes.map((code) => code.value));
  return { kind: 'values', codes: codes.map((code, i) => ({ code: code.value, count: code.count, answer: answers[i] })) };
}

/** A number question whose answers start at 0: the one a tool numbering choices from 1 shifts. */
function fromZero(question: Question): boolean {
  return (question.type === 'rating' && question.min === 0) || question.type === 'nps';
}

/** The values (for a multi question, the `;`/`,` pieces of values) the question cannot read. */
function unreadableCodes(question: Question, values: readonly ValueCount[], readable: (text: string) => boolean): ValueCount[] {
  const codes = new Map<string, number>();
  for (const { value, count } of values) {
    if (readable(value)) continue;
    const pieces = question.type === 'multi' ? value.split(/[;,]/).map((piece) => piece.trim()).filter((piece) => piece !== '') : [value];
    for (const piece of pieces) if (question.type !== 'multi' || !readable(piece)) codes.set(piece, (codes.get(piece) ?? 0) + count);
  }
  return [...codes].map(([value, count]) => ({ value, count }));
}

function shiftThatFits(question: Question, values: readonly ValueCount[], readable: (text: string) => boolean): RecodeSuggestion | undefined {
  if (!NUMERIC_TYPES.has(question.type) || values.length === 0 || !values.every(({ value }) => NUMBER.test(value))) return undefined;
  for (const offset of [-1, 1]) {
    if (values.every(({ value }) => readable(String(Number(value) + offset)))) {
      const top = values.map(({ value }) => Number(value)).sort((a, b) => b - a)[0] as number;
      return { kind: 'offset', offset, example: `${top} → ${top + offset}` };
    }
  }
  return undefined;
}

function suggestedAnswers(question: Question, questionnaire: Questionnaire, codes: readonly string[]): (string | null | undefined)[] {
  if (question.type === 'yesno') return codes.map((code) => (UNANSWERED_CODE.test(code) ? null : code === '1' ? 'yes' : code === '0' || code === '2' ? 'no' : undefined));
  const labels = definitionOf(question).labels(question, questionnaire.scales);
  const byNumber = labelsByNumber(codes, labels);
  return codes.map((code, i) => (UNANSWERED_CODE.test(code) ? null : (byNumber?.[i] ?? likeLabel(code, labels))));
}

/**
 * Labels for codes by the number each ends in (AO01 → the first label; 0 → the first when the
 * codes start at 0), when every code ends in one that fits; undefined otherwise.
 */
function labelsByNumber(codes: readonly string[], labels: readonly string[]): (string | undefined)[] | undefined {
  const coded = codes.filter((code) => !UNANSWERED_CODE.test(code));
  const numbers = coded.map((code) => Number(TRAILING_NUMBER.exec(code)?.[1] ?? NaN));
  const fits = (from: number) => numbers.every((n) => Number.isInteger(n) && n >= from && n < from + labels.length);
  const from = labels.length === 0 || coded.length === 0 ? undefined : fits(1) ? 1 : fits(0) ? 0 : undefined;
  if (from === undefined) return undefined;
  return codes.map((code) => labels[Number(TRAILING_NUMBER.exec(code)?.[1]) - from]);
}

/** The label a code is spelt most like ("Same-day" → "Same day"), when it is alike enough to be a guess worth checking. */
function likeLabel(code: string, labels: readonly string[]): string | undefined {
  let best: { label: string; score: number } | undefined;
  for (const label of labels) {
    const score = similarity(code.toLowerCase(), label.toLowerCase());
    if (score > (best?.score ?? LIKE_FROM - Number.EPSILON)) best = { label, score };
  }
  return best?.label;
}
