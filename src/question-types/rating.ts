import * as z from 'zod';
import { fail, ok, toNumber } from './answer-reading.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { num } from './rule-kit.js';
import { points, scoredBase } from './schema-parts.js';

/** A number in a range, 0..10 unless the question says otherwise. */
export const ratingQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('rating'),
    min: points().default(0),
    max: points().default(10),
  }),
);

export type RatingAnswer = { kind: 'rating'; value: number };

export const rating: QuestionTypeDefinition<ReturnType<typeof ratingQuestionSchema>, RatingAnswer> = {
  type: 'rating',
  schema: ratingQuestionSchema,
  checkRules(question, path, _context, out) {
    const min = num(question.min) ?? 0;
    const max = num(question.max) ?? 10;
    if (min >= max) out.push({ path: [...path, 'max'], message: `max (${max}) must be greater than min (${min})` });
  },
  labels: () => [],
  read(question, raw) {
    const value = toNumber(raw);
    if (value === undefined || value < question.min || value > question.max) return fail(`must be a number from ${question.min} to ${question.max}`, raw);
    return ok({ kind: 'rating', value });
  },
  toRaw: (answer) => answer.value,
  allowed: (question) => `a number from ${question.min} to ${question.max}`,
  scoring: {
    // (v-min)/(max-min).
    scorer({ min, max }) {
      return (answer) => (answer.value - min) / (max - min);
    },
    favourableFrom: () => 0.75,
  },
};
