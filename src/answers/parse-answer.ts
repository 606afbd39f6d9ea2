import { definitionOf, isScored } from '../question-types/registry.js';
import type { ParsedAnswer as GenericParsedAnswer } from '../question-types/raw-answer.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import type { Answer, RawAnswer } from './schema.js';

export type ParsedAnswer = GenericParsedAnswer<Answer>;

const NA = /^(n\/a|na|not applicable)$/i;

/** Distinct values remembered per question: every label and then some, but not every free-text answer. */
export const MEMO_LIMIT = 256;
type Scalar = string | number | boolean;
const memos = new WeakMap<Question, { scales: Questionnaire['scales']; parsed: Map<Scalar, ParsedAnswer> }>();

/**
 * Reads one raw value (from YAML, JSON, a CSV cell or a prompt) as an answer to `question`.
 * `undefined` answer = unanswered (null or blank). Shared by every input path so they agree.
 *
 * A scalar is read once per question: a team's answers repeat the same few labels and numbers,
 * and reading the hundred-thousandth "Agree" again would only give the same result. Results are
 * frozen, since responses share them (and scoreResponse relies on that: it describes each shared answer once).
 */
export function parseAnswer(question: Question, raw: RawAnswer | undefined, questionnaire: Pick<Questionnaire, 'scales'>): ParsedAnswer {
  return answerReader(question, questionnaire)(raw);
}

/** parseAnswer for one question, its memo looked up once: for reading the same column of many rows. */
export function answerReader(question: Question, questionnaire: Pick<Questionnaire, 'scales'>): (raw: RawAnswer | undefined) => ParsedAnswer {
  // Free-text answers seldom repeat: remembering them would only hold memory.
  if (!isScored(question)) return (raw) => readAnswer(question, raw, questionnaire);
  let memo = memos.get(question);
  if (!memo || memo.scales !== questionnaire.scales) memos.set(question, (memo = { scales: questionnaire.scales, parsed: new Map() }));
  const parsed = memo.parsed;
  return (raw) => {
    if (raw === null || raw === undefined || typeof raw === 'object' || Object.is(raw, -0)) return readAnswer(question, raw, questionnaire);
    let answer = parsed.get(raw);
    if (answer === undefined) {
      answer = frozen(readAnswer(question, raw, questionnaire));
      if (parsed.size < MEMO_LIMIT) parsed.set(raw, answer);
    }
    return answer;
  };
}

function frozen(parsed: ParsedAnswer): ParsedAnswer {
  if (parsed.ok && parsed.answer) {
    for (const value of Object.values(parsed.answer)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(parsed.answer);
  }
  return Object.freeze(parsed);
}

function readAnswer(question: Question, raw: RawAnswer | undefined, questionnaire: Pick<Questionnaire, 'scales'>): ParsedAnswer {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, answer: undefined };
  if (typeof raw === 'string' && NA.test(raw.trim())) {
    if (question.allowNA) return { ok: true, answer: { kind: 'na' } };
    return { ok: false, message: '"n/a" is not allowed for this question (it has no `allowNA: true`)' };
  }
  const definition = definitionOf(question);
  return definition.read(question, raw, definition.labels(question, questionnaire.scales));
}

/** The answer as it is written back to an answer file (labels, so files stay readable). */
export function answerToRaw(question: Question, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): RawAnswer {
  if (answer.kind === 'na') return 'n/a';
  const definition = definitionOf(question);
  return definition.toRaw(answer, definition.labels(question, questionnaire.scales));
}

/** The answer as a person reads it: the label, number, "yes"/"no", list or text an answer file holds. */
export function describeAnswer(question: Question, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): string {
  const raw = answerToRaw(question, answer, questionnaire);
  if (Array.isArray(raw)) return raw.join(', ') || '(none)';
  return String(raw);
}
