import * as z from 'zod';
import {
  MAX_BANDS,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_OPTIONS,
  MAX_POINTS,
  MAX_QUESTIONS,
  MAX_SECTIONS,
  MAX_TEXT_LENGTH,
  MAX_WEIGHT,
} from '../util/limits.js';
import { sanitizeForTerminal } from '../util/terminal-text.js';

// Field names here are a public contract (see README "Questionnaire format"):
// add fields freely, rename none. Every object is strict so a misspelt key is an error.
// Every string, list and number is bounded (src/util/limits.ts) so no input can make the
// tool slow, overflow a score, or flood a report.

/** Text that would show as nothing (spaces, control characters) cannot title or label anything. */
const visible = (text: string) => text === '' /* min(1) says so */ || sanitizeForTerminal(text).trim() !== '';
/** One-line text: titles, labels. */
const label = () => z.string().min(1).max(MAX_LABEL_LENGTH).refine(visible, 'must contain visible text');
/** Sentences: question text, help, summaries, recommendations. */
const prose = () => z.string().min(1).max(MAX_TEXT_LENGTH).refine(visible, 'must contain visible text');
/** Relative importance; bounded so sums of weights stay exact enough and finite. */
const weight = () => z.number().positive().max(MAX_WEIGHT).default(1);
/** Points and rating bounds; bounded so every score formula stays finite. */
const points = () => z.number().min(-MAX_POINTS).max(MAX_POINTS);

/** Lower-case slug used for questionnaire, section and question ids. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-_]*$/;

export const IdSchema = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(ID_PATTERN, 'must be lower-case letters, digits, "-" or "_", starting with a letter or digit');

export const BandSchema = z.strictObject({
  /** Lowest score (0..100) that falls in this band. */
  min: z.number().min(0).max(100),
  /** Name shown in reports, and the key of a section's `recommendations`. */
  label: label(),
  /** One or two sentences a reader gets with the band. */
  summary: z.string().max(MAX_TEXT_LENGTH).optional(),
});

/** Bands by their `min`; together they must start at 0. */
export const RubricSchema = z.array(BandSchema).min(1).max(MAX_BANDS);

export const CriticalSchema = z.strictObject({
  /** Red flag when the question's score (0..1, after reverse) is at or below this. */
  atOrBelow: z.number().min(0).max(1),
  /** What the red flag says in reports. */
  message: prose(),
});

export const OptionSchema = z.strictObject({
  label: label(),
  /** Points for choosing this option; normalised over the question's options. */
  score: points(),
});

const questionBase = {
  /** Unique in the whole questionnaire; the key in answer files. */
  id: IdSchema,
  /** The question as the respondent reads it. */
  text: prose(),
  /** Why the question matters; shown under the question. */
  help: z.string().max(MAX_TEXT_LENGTH).optional(),
  /** An unanswered required question makes the answer file invalid. */
  required: z.boolean().default(false),
  /** Offer "Not applicable"; n/a leaves the denominator. */
  allowNA: z.boolean().default(false),
};

const scoredBase = {
  ...questionBase,
  /** Relative importance inside its section. */
  weight: weight(),
  /** True when agreeing means a worse culture: the score becomes 1 - x. */
  reverse: z.boolean().default(false),
  critical: CriticalSchema.optional(),
};

export const LikertQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('likert'),
  /** A named scale from the questionnaire's `scales`. */
  scale: z.string().max(MAX_LABEL_LENGTH).optional(),
  /** Inline scale labels, lowest first (instead of `scale`). */
  labels: z.array(label()).min(2).max(MAX_OPTIONS).optional(),
});

export const ChoiceQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('choice'),
  options: z.array(OptionSchema).min(2).max(MAX_OPTIONS),
});

export const YesNoQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('yesno'),
});

export const RatingQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('rating'),
  min: points().default(0),
  max: points().default(10),
});

export const MultiQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('multi'),
  options: z.array(OptionSchema).min(1).max(MAX_OPTIONS),
});

export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  LikertQuestionSchema,
  ChoiceQuestionSchema,
  YesNoQuestionSchema,
  RatingQuestionSchema,
  MultiQuestionSchema,
  TextQuestionSchema,
]);

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: label(),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  /** Relative importance in the overall score. */
  weight: weight(),
  /** Bands for this section only; overrides the questionnaire's `rubric`. */
  rubric: RubricSchema.optional(),
  /** What to do next, keyed by band label. */
  recommendations: z.record(z.string(), z.array(prose()).max(MAX_BANDS)).optional(),
  questions: z.array(QuestionSchema).min(1).max(MAX_QUESTIONS),
});

export const QuestionnaireSchema = z.strictObject({
  id: IdSchema,
  version: z.union([z.number().int().nonnegative(), z.string().min(1).max(MAX_ID_LENGTH)]),
  title: label(),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  /** Who the questionnaire is for, e.g. "owners, managers and front-line staff". */
  audience: z.string().max(MAX_LABEL_LENGTH).optional(),
  /** Named likert scales, lowest label first. */
  scales: z.record(z.string().max(MAX_LABEL_LENGTH), z.array(label()).min(2).max(MAX_OPTIONS)).optional(),
  /** Overall bands; must start at 0 and not repeat a `min`. */
  rubric: RubricSchema,
  sections: z.array(SectionSchema).min(1).max(MAX_SECTIONS),
});

export type Band = z.infer<typeof BandSchema>;
export type Rubric = z.infer<typeof RubricSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type ScoredQuestion = Exclude<Question, { type: 'text' }>;
export type Section = z.infer<typeof SectionSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export function isScored(question: Question): question is ScoredQuestion {
  return question.type !== 'text';
}
