import * as z from 'zod';
import { MAX_OPTIONS } from '../util/limits.js';
import { fail, findLabel, ok } from './answer-reading.js';
import { optionLabels, optionsInWords } from './options.js';
import type { QuestionTypeDefinition } from './question-type.js';
import type { ParsedAnswer, RawAnswer } from './raw-answer.js';
import { checkOptionLabels } from './rule-kit.js';
import { OptionSchema, scoredBase } from './schema-parts.js';

/** Any number of options, ticked. */
export const MultiQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('multi'),
  options: z.array(OptionSchema).min(1).max(MAX_OPTIONS),
});

/** 0-based option indices, ascending, each once. */
export type MultiAnswer = { kind: 'multi'; indices: number[] };

export const multi: QuestionTypeDefinition<typeof MultiQuestionSchema, MultiAnswer> = {
  schema: MultiQuestionSchema,
  checkRules(question, path, _context, out) {
    const scores = checkOptionLabels(question, path, out);
    if (scores && !scores.some((score) => score > 0)) {
      out.push({ path: [...path, 'options'], message: 'no option has a positive score, so the question can never score; give at least one option a score above 0' });
    }
  },
  labels: optionLabels,
  read: (_question, raw, labels) => readTicks(raw, labels),
  toRaw: (answer, labels) => answer.indices.map((i) => labels[i] ?? String(i + 1)),
  allowed: (question) => `any of: ${optionsInWords(question)}`,
  scoring: {
    // Σ selected / Σ positive option scores, clamped to 0..1.
    scorer(question) {
      const scores = question.options.map((option) => option.score);
      const best = scores.reduce((sum, score) => sum + Math.max(score, 0), 0);
      return (answer) => {
        let chosen = 0;
        for (const index of answer.indices) chosen += scores[index] ?? 0;
        return Math.min(1, Math.max(0, chosen / best));
      };
    },
    favourableFrom: () => 0.75,
  },
};

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
