import * as z from 'zod';
import { MAX_OPTIONS } from '../util/limits.js';
import { fail, labelOrPosition, ok } from './answer-reading.js';
import { optionLabels, optionsInWords } from './options.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { checkOptionLabels } from './rule-kit.js';
import { optionSchema, scoredBase } from './schema-parts.js';

/** One option of several, each with its own points. */
export const choiceQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('choice'),
    options: z.array(optionSchema()).min(2).max(MAX_OPTIONS),
  }),
);

/** 0-based index into the options. */
export type ChoiceAnswer = { kind: 'choice'; index: number };

export const choice: QuestionTypeDefinition<ReturnType<typeof choiceQuestionSchema>, ChoiceAnswer> = {
  type: 'choice',
  schema: choiceQuestionSchema,
  checkRules(question, path, _context, out) {
    const scores = checkOptionLabels(question, path, out);
    if (scores && scores.length >= 2 && scores.every((score) => score === scores[0])) {
      out.push({ path: [...path, 'options'], message: `every option scores ${scores[0]}, so the question cannot tell answers apart; give the options different scores` });
    }
  },
  labels: optionLabels,
  read(_question, raw, labels) {
    const position = labelOrPosition(raw, labels);
    if (position === undefined) return fail(`must be one of: ${labels.join(', ')}`, raw);
    return ok({ kind: 'choice', index: position - 1 });
  },
  toRaw: (answer, labels) => labels[answer.index] ?? answer.index + 1,
  allowed: optionsInWords,
  scoring: {
    // (s-min)/(max-min) over the options' scores.
    scorer(question) {
      const scores = question.options.map((option) => option.score);
      const min = Math.min(...scores);
      const max = Math.max(...scores);
      return (answer) => ((scores[answer.index] ?? min) - min) / (max - min);
    },
    favourableFrom: () => 0.75,
  },
};
