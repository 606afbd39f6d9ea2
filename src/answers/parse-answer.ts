import { answerLabels } from '../questionnaire/labels.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { MAX_ANSWER_TEXT_LENGTH } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import type { Answer, RawAnswer } from './schema.js';

export type ParsedAnswer = { ok: true; answer: Answer | undefined } | { ok: false; message: string };

const NA = /^(n\/a|na|not applicable)$/i;
const YES = /^(yes|y|true)$/i;
const NO = /^(no|n|false)$/i;
// `\d+(\.\d*)?`, not `\d+\.?\d*`: the latter backtracks quadratically on a long run of digits
// that ends in a letter (40,000 digits took 2 s), which any CSV cell or answer could hold.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

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
  if (question.type === 'text') return (raw) => readAnswer(question, raw, questionnaire);
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
  if (parsed.ok && parsed.answer?.kind === 'multi') Object.freeze(parsed.answer.indices);
  if (parsed.ok && parsed.answer) Object.freeze(parsed.answer);
  return Object.freeze(parsed);
}

function readAnswer(question: Question, raw: RawAnswer | undefined, questionnaire: Pick<Questionnaire, 'scales'>): ParsedAnswer {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, answer: undefined };
  if (typeof raw === 'string' && NA.test(raw.trim())) {
    if (question.allowNA) return { ok: true, answer: { kind: 'na' } };
    return { ok: false, message: '"n/a" is not allowed for this question (it has no `allowNA: true`)' };
  }
  const labels = answerLabels(question, questionnaire);
  switch (question.type) {
    case 'likert': {
      const position = labelOrPosition(raw, labels);
      if (position === undefined) return fail(`must be a scale position 1..${labels.length} or one of: ${labels.join(', ')}`, raw);
      return ok({ kind: 'likert', position });
    }
    case 'choice': {
      const position = labelOrPosition(raw, labels);
      if (position === undefined) return fail(`must be one of: ${labels.join(', ')}`, raw);
      return ok({ kind: 'choice', index: position - 1 });
    }
    case 'yesno': {
      if (raw === true || (typeof raw === 'string' && YES.test(raw.trim()))) return ok({ kind: 'yesno', yes: true });
      if (raw === false || (typeof raw === 'string' && NO.test(raw.trim()))) return ok({ kind: 'yesno', yes: false });
      return fail('must be yes or no', raw);
    }
    case 'rating': {
      const value = toNumber(raw);
      if (value === undefined || value < question.min || value > question.max) {
        return fail(`must be a number from ${question.min} to ${question.max}`, raw);
      }
      return ok({ kind: 'rating', value });
    }
    case 'multi':
      return parseMulti(raw, labels);
    case 'text':
      if (Array.isArray(raw) || typeof raw === 'boolean') return fail('must be text', raw);
      if (String(raw).length > MAX_ANSWER_TEXT_LENGTH) {
        return { ok: false, message: `is ${String(raw).length} characters long; a free-text answer may have at most ${MAX_ANSWER_TEXT_LENGTH}` };
      }
      return ok({ kind: 'text', text: String(raw) });
  }
}

function parseMulti(raw: RawAnswer, labels: string[]): ParsedAnswer {
  if (typeof raw === 'string') {
    // Form tools join checkboxes with ";", Google Forms with ", ", and labels may hold either.
    const split = splitIntoLabels(raw, ';', labels) ?? splitIntoLabels(raw, ',', labels);
    if (split) return ok({ kind: 'multi', indices: [...new Set(split)].sort((a, b) => a - b) });
  }
  // No split works: name the first piece that is no label.
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(';').filter((s) => s.trim() !== '') : [raw];
  const indices: number[] = [];
  for (const item of items) {
    const index = typeof item === 'string' ? findLabel(item, labels) : undefined;
    if (index === undefined) return fail(`must be a list of: ${labels.join(', ')}`, item as RawAnswer);
    if (!indices.includes(index)) indices.push(index);
  }
  return ok({ kind: 'multi', indices: indices.sort((a, b) => a - b) });
}

/**
 * The split of `text` at `separator` where every piece is a label (the shortest first piece that
 * leaves a splittable rest, as a person reads it), or undefined when there is none; blank pieces
 * are skipped. Worked out from the end in one pass: trying splits recursively overflowed the
 * stack on 20,000 pieces and took cubic time on a cell that almost splits.
 */
function splitIntoLabels(text: string, separator: string, labels: string[]): number[] | undefined {
  const parts = text.split(separator).filter((part) => part.trim() !== '');
  if (parts.length === 0) return undefined;
  const count = parts.length;
  // No piece can be longer than the label with the most separators.
  const widest = labels.reduce((most, label) => Math.max(most, label.split(separator).length), 1);
  const labelOf = (start: number, end: number) => findLabel(parts.slice(start, end).join(separator), labels);
  // splits[i]: parts i..count can be read as labels.
  const splits: boolean[] = [];
  splits[count] = true;
  for (let start = count - 1; start >= 0; start--) {
    splits[start] = false;
    for (let end = start + 1; end <= Math.min(count, start + widest) && !splits[start]; end++) {
      splits[start] = splits[end] === true && labelOf(start, end) !== undefined;
    }
  }
  if (!splits[0]) return undefined;
  const indices: number[] = [];
  for (let start = 0; start < count; ) {
    for (let end = start + 1; end <= count; end++) {
      const index = splits[end] ? labelOf(start, end) : undefined;
      if (index === undefined) continue;
      indices.push(index);
      start = end;
      break;
    }
  }
  return indices;
}

/** 1-based position from a label (case-insensitive) or, failing that, a whole number in range. */
function labelOrPosition(raw: RawAnswer, labels: string[]): number | undefined {
  if (typeof raw === 'string') {
    const index = findLabel(raw, labels);
    if (index !== undefined) return index + 1;
  }
  const position = toNumber(raw);
  if (position === undefined || !Number.isInteger(position) || position < 1 || position > labels.length) return undefined;
  return position;
}

function findLabel(value: string, labels: string[]): number | undefined {
  const wanted = value.trim().toLowerCase();
  const index = labels.findIndex((label) => label.trim().toLowerCase() === wanted);
  return index === -1 ? undefined : index;
}

function toNumber(raw: RawAnswer): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || !NUMBER.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : undefined;
}

function ok(answer: Answer): ParsedAnswer {
  return { ok: true, answer };
}

function fail(expectation: string, raw: RawAnswer): ParsedAnswer {
  return { ok: false, message: `${expectation} (got ${quoted(raw)})` };
}

/** The answer as it is written back to an answer file (labels, so files stay readable). */
export function answerToRaw(question: Question, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): RawAnswer {
  const labels = answerLabels(question, questionnaire);
  switch (answer.kind) {
    case 'na':
      return 'n/a';
    case 'likert':
      return labels[answer.position - 1] ?? answer.position;
    case 'choice':
      return labels[answer.index] ?? answer.index + 1;
    case 'yesno':
      return answer.yes ? 'yes' : 'no';
    case 'rating':
      return answer.value;
    case 'multi':
      return answer.indices.map((i) => labels[i] ?? String(i + 1));
    case 'text':
      return answer.text;
  }
}

/** The answer as a person reads it: the label, number, "yes"/"no", list or text an answer file holds. */
export function describeAnswer(question: Question, answer: Answer, questionnaire: Pick<Questionnaire, 'scales'>): string {
  const raw = answerToRaw(question, answer, questionnaire);
  if (Array.isArray(raw)) return raw.join(', ') || '(none)';
  return String(raw);
}
