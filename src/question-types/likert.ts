import * as z from 'zod';
import { MAX_OPTIONS } from '../util/limits.js';
import { ownValue } from '../util/own.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import { fail, labelOrPosition, ok } from './answer-reading.js';
import { once } from '../util/once.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { checkUniqueLabels, list, text } from './rule-kit.js';
import { labelList, scaleName, scoredBase } from './schema-parts.js';

/** A point on an ordered scale ("Strongly disagree" … "Strongly agree"). */
export const likertQuestionSchema = once(() =>
  z.strictObject({
    ...scoredBase(),
    type: z.literal('likert'),
    /** A named scale from the questionnaire's `scales`. */
    scale: scaleName().optional(),
    /** Inline scale labels, lowest first (instead of `scale`). */
    labels: labelList().optional(),
  }),
);

/** 1-based position on the scale. */
export type LikertAnswer = { kind: 'likert'; position: number };

export const likert: QuestionTypeDefinition<ReturnType<typeof likertQuestionSchema>, LikertAnswer> = {
  type: 'likert',
  schema: likertQuestionSchema,
  checkRules(question, path, { scaleNames }, out) {
    const scale = text(question.scale);
    if (scale === undefined && question.labels === undefined) {
      out.push({ path, message: 'a likert question needs `scale` (a named scale) or `labels` (inline)' });
    } else if (scale !== undefined && question.labels !== undefined) {
      out.push({ path: [...path, 'labels'], message: 'give either `scale` or `labels`, not both' });
    } else if (scale !== undefined && !scaleNames.includes(scale)) {
      const hint = closestMatch(scale, scaleNames);
      const known = scaleNames.length ? `known scales: ${scaleNames.slice(0, MAX_OPTIONS).join(', ')}` : 'the questionnaire defines no `scales`';
      out.push({ path: [...path, 'scale'], message: `unknown scale ${quoted(scale)}${hint ? ` (did you mean "${hint}"?)` : ''}; ${known}` });
    }
    checkUniqueLabels(list(question.labels).map(text), [...path, 'labels'], out);
  },
  labels: (question, scales) => question.labels ?? ownValue(scales, question.scale ?? '') ?? [],
  read(_question, raw, labels) {
    const position = labelOrPosition(raw, labels);
    if (position === undefined) return fail(`must be a scale position 1..${labels.length} or one of: ${labels.join(', ')}`, raw);
    return ok({ kind: 'likert', position });
  },
  toRaw: (answer, labels) => labels[answer.position - 1] ?? answer.position,
  allowed: (_question, labels) => labels.map((label, i) => `${i + 1} ${label}`).join(' · '),
  scoring: {
    // (i-1)/(k-1) for position i of k.
    scorer(_question, labels) {
      const k = labels.length;
      return (answer) => (answer.position - 1) / (k - 1);
    },
    // Scales of four or more points: the top two positions, (k−2)/(k−1), as survey practice reads
    // "top-two box"; shorter scales: the top position only, or every answer would be favourable.
    favourableFrom(_question, labels) {
      const k = labels.length;
      return k >= 4 ? (k - 2) / (k - 1) : 1;
    },
  },
};
