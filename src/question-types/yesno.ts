import * as z from 'zod';
import { fail, ok } from './answer-reading.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { scoredBase } from './schema-parts.js';

/** Yes or no; yes scores 1 (or 0 when reverse-keyed). */
export const yesNoQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('yesno'),
  }),
);

export type YesNoAnswer = { kind: 'yesno'; yes: boolean };

const YES = /^(yes|y|true)$/i;
const NO = /^(no|n|false)$/i;

export const yesno: QuestionTypeDefinition<ReturnType<typeof yesNoQuestionSchema>, YesNoAnswer> = {
  type: 'yesno',
  schema: yesNoQuestionSchema,
  checkRules() {},
  labels: () => [],
  read(_question, raw) {
    if (raw === true || (typeof raw === 'string' && YES.test(raw.trim()))) return ok({ kind: 'yesno', yes: true });
    if (raw === false || (typeof raw === 'string' && NO.test(raw.trim()))) return ok({ kind: 'yesno', yes: false });
    return fail('must be yes or no', raw);
  },
  toRaw: (answer) => (answer.yes ? 'yes' : 'no'),
  allowed: () => 'yes · no',
  scoring: {
    scorer: () => (answer) => (answer.yes ? 1 : 0),
    favourableFrom: () => 0.75,
  },
};
