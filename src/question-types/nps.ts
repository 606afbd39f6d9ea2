import * as z from 'zod';
import { fail, ok, toNumber } from './answer-reading.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition, TeamIndexValue } from './question-type.js';
import { scoredBase } from './schema-parts.js';

/**
 * "How likely are you to recommend …?" on the Net Promoter scale, 0 to 10. An item scores v/10;
 * team reports add the NPS: % answering 9–10 (promoters) minus % answering 0–6 (detractors).
 */
export const npsQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('nps'),
  }),
);

export type NpsAnswer = { kind: 'nps'; value: number };

/** Scores are compared with this much slack: they arrive as 100 × v/10, not always exact in binary. */
const EPSILON = 1e-9;

export const nps: QuestionTypeDefinition<ReturnType<typeof npsQuestionSchema>, NpsAnswer> = {
  type: 'nps',
  schema: npsQuestionSchema,
  checkRules(question, path, _context, out) {
    // Promoters and detractors are defined on the scale as asked; a reversed scale has neither.
    if (question.reverse === true) out.push({ path: [...path, 'reverse'], message: 'an nps question cannot be reverse-keyed: 10 always means most likely to recommend' });
  },
  labels: () => [],
  read(_question, raw) {
    const value = toNumber(raw);
    if (value === undefined || !Number.isInteger(value) || value < 0 || value > 10) return fail('must be a whole number from 0 to 10', raw);
    return ok({ kind: 'nps', value });
  },
  toRaw: (answer) => answer.value,
  allowed: () => 'a whole number from 0 (not at all likely) to 10 (extremely likely)',
  scoring: {
    scorer: () => (answer) => answer.value / 10,
    // Promoters: 9 or 10.
    favourableFrom: () => 0.9,
    // Detractors: 0 to 6, so passives (7 and 8) are the neutral answers.
    unfavourableTo: () => 0.6,
    teamIndex: {
      key: 'nps',
      title: 'Net Promoter Score',
      method: 'The share answering 9 or 10 (promoters) minus the share answering 0 to 6 (detractors), in points from −100 to 100.',
      parts: [
        { key: 'promoters', label: 'Promoters (9–10)' },
        { key: 'passives', label: 'Passives (7–8)' },
        { key: 'detractors', label: 'Detractors (0–6)' },
      ],
      compute: netPromoterScore,
    },
  },
};

/** NPS from counts per item score on the 0..100 scale (an answer v scores 10·v there); shares of promoters, passives, detractors. */
export function netPromoterScore(counts: ReadonlyMap<number, number>, n: number): TeamIndexValue {
  let promoters = 0;
  let detractors = 0;
  for (const [score, count] of counts) {
    if (score >= 90 - EPSILON) promoters += count;
    else if (score <= 60 + EPSILON) detractors += count;
  }
  const passives = n - promoters - detractors;
  return { value: (100 * (promoters - detractors)) / n, shares: [promoters / n, passives / n, detractors / n] };
}
