import * as z from 'zod';
import { MAX_ANSWER_TEXT_LENGTH } from '../util/limits.js';
import { fail, ok } from './answer-reading.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { questionBase } from './schema-parts.js';

/** Free text: never scored; its answers are the comments reports quote. */
export const textQuestionSchema = once(() =>
  z.strictObject({
    ...questionBase(),
    type: z.literal('text'),
  }),
);

export type TextAnswer = { kind: 'text'; text: string };

export const text: QuestionTypeDefinition<ReturnType<typeof textQuestionSchema>, TextAnswer> = {
  type: 'text',
  schema: textQuestionSchema,
  checkRules() {},
  labels: () => [],
  read(_question, raw) {
    if (Array.isArray(raw) || typeof raw === 'boolean') return fail('must be text', raw);
    const written = String(raw);
    if (written.length > MAX_ANSWER_TEXT_LENGTH) {
      return { ok: false, message: `is ${written.length} characters long; a free-text answer may have at most ${MAX_ANSWER_TEXT_LENGTH}` };
    }
    return ok({ kind: 'text', text: written });
  },
  toRaw: (answer) => answer.text,
  allowed: () => 'free text',
};
