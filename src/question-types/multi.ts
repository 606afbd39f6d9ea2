import { quoted } from '../util/quote.js';
import * as z from 'zod';
import { MAX_OPTIONS } from '../util/limits.js';
import { fail, findLabel, ok } from './answer-reading.js';
import { optionLabels } from './options.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import type { ParsedAnswer, RawAnswer } from './raw-answer.js';
import { checkOptionLabels } from './rule-kit.js';
import { optionSchema, scoredBase } from './schema-parts.js';


/** A tickable option; an exclusive one ("None of these", "Don't know") cannot be ticked beside others. */
export const multiOptionSchema = once(() =>
  optionSchema().extend({
    /** Ticking it clears every other option, and an answer with it and another is refused. */
    exclusive: z.boolean().default(false),
  }),
);

/**
 * How ticks become a score. `sum` (the default, and the only rule before version 2 of the format):
 * the points of the ticked options over the points of all positive ones, so ticking more scores
 * more. `mean`: the average points of the ticked options over the best option's, so a question
 * about which reasons are true rewards the right ticks, not many ticks. `none`: asked and reported,
 * never scored, for a question whose honest answer depends on the person's position (whom they serve).
 */
export const MULTI_SCORING_RULES = ['sum', 'mean', 'none'] as const;

/** Any number of options, ticked. */
export const multiQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('multi'),
    options: z.array(multiOptionSchema()).min(1).max(MAX_OPTIONS),
    scoring: z.enum(MULTI_SCORING_RULES).default('sum'),
  }),
);

type MultiQuestion = z.infer<ReturnType<typeof multiQuestionSchema>>;

/** 0-based option indices, ascending, each once. */
export type MultiAnswer = { kind: 'multi'; indices: number[] };

export const multi: QuestionTypeDefinition<ReturnType<typeof multiQuestionSchema>, MultiAnswer> = {
  type: 'multi',
  schema: multiQuestionSchema,
  checkRules(question, path, _context, out) {
    const scores = checkOptionLabels(question, path, out);
    if (question.scoring === 'none') return;
    if (scores && !scores.some((score) => score > 0)) {
      out.push({ path: [...path, 'options'], message: 'no option has a positive score, so the question can never score; give at least one option a score above 0' });
    }
  },
  labels: optionLabels,
  read: (question, raw, labels) => exclusiveTicksRefused(question, readTicks(raw, labels), labels),
  toRaw: (answer, labels) => answer.indices.map((i) => labels[i] ?? String(i + 1)),
  allowed: (question) => `any of: ${ticksInWords(question)}; ${SCORING_IN_WORDS[question.scoring]}`,
  scoring: {
    scorer(question) {
      const scores = question.options.map((option) => option.score);
      return question.scoring === 'mean' ? meanScorer(scores) : sumScorer(scores);
    },
    favourableFrom: () => 0.75,
  },
};

/** How `show` and `template` name each rule. */
const SCORING_IN_WORDS: Record<MultiQuestion['scoring'], string> = {
  sum: 'scored by sum (the points ticked over the points of all positive options)',
  mean: 'scored by mean (the average points of the options ticked over the best option\'s)',
  none: 'not scored',
};

/** "Phone (2) · None of these (0, only on its own)": each option with its points (none when not scored), exclusive ones marked. */
function ticksInWords(question: MultiQuestion): string {
  return question.options
    .map((option) => {
      const notes = [...(question.scoring === 'none' ? [] : [String(option.score)]), ...(option.exclusive ? ['only on its own'] : [])];
      return notes.length === 0 ? option.label : `${option.label} (${notes.join(', ')})`;
    })
    .join(' · ');
}

/** Σ ticked / Σ positive option scores, clamped to 0..1. */
function sumScorer(scores: readonly number[]): (answer: MultiAnswer) => number {
  const best = scores.reduce((sum, score) => sum + Math.max(score, 0), 0);
  return (answer) => {
    let chosen = 0;
    for (const index of answer.indices) chosen += scores[index] ?? 0;
    return Math.min(1, Math.max(0, chosen / best));
  };
}

/** Mean of the ticked options' scores / the best option's score, clamped to 0..1; nothing ticked scores 0. */
function meanScorer(scores: readonly number[]): (answer: MultiAnswer) => number {
  const best = Math.max(...scores);
  return (answer) => {
    if (answer.indices.length === 0) return 0;
    let chosen = 0;
    for (const index of answer.indices) chosen += scores[index] ?? 0;
    return Math.min(1, Math.max(0, chosen / answer.indices.length / best));
  };
}

/** The option indices that must stand alone. */
export function exclusiveOptions(question: Pick<MultiQuestion, 'options'>): number[] {
  return question.options.flatMap((option, index) => (option.exclusive ? [index] : []));
}

/** An exclusive option ticked beside any other is refused, whichever way the answer came in. */
function exclusiveTicksRefused(question: MultiQuestion, parsed: ParsedAnswer<MultiAnswer>, labels: readonly string[]): ParsedAnswer<MultiAnswer> {
  const ticked = parsed.ok ? parsed.answer?.indices : undefined;
  if (ticked === undefined || ticked.length < 2) return parsed;
  const alone = exclusiveOptions(question).find((index) => ticked.includes(index));
  if (alone === undefined) return parsed;
  return { ok: false, message: `${quoted(labels[alone] ?? '')} cannot be ticked together with other options` };
}

function readTicks(raw: RawAnswer, labels: readonly string[]): ParsedAnswer<MultiAnswer> {
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
function splitIntoLabels(text: string, separator: string, labels: readonly string[]): number[] | undefined {
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
