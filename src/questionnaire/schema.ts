import * as z from 'zod';

// Field names here are a public contract (see README "Questionnaire format"):
// add fields freely, rename none. Every object is strict so a misspelt key is an error.

/** Lower-case slug used for questionnaire, section and question ids. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'must be lower-case letters, digits, "-" or "_", starting with a letter or digit');

export const BandSchema = z.strictObject({
  /** Lowest score (0..100) that falls in this band. */
  min: z.number().min(0).max(100),
  /** Name shown in reports, and the key of a section's `recommendations`. */
  label: z.string().min(1),
  /** One or two sentences a reader gets with the band. */
  summary: z.string().optional(),
});

/** Bands by their `min`; together they must start at 0. */
export const RubricSchema = z.array(BandSchema).min(1);

export const CriticalSchema = z.strictObject({
  /** Red flag when the question's score (0..1, after reverse) is at or below this. */
  atOrBelow: z.number().min(0).max(1),
  /** What the red flag says in reports. */
  message: z.string().min(1),
});

export const OptionSchema = z.strictObject({
  label: z.string().min(1),
  /** Points for choosing this option; normalised over the question's options. */
  score: z.number(),
});

const questionBase = {
  /** Unique in the whole questionnaire; the key in answer files. */
  id: IdSchema,
  /** The question as the respondent reads it. */
  text: z.string().min(1),
  /** Why the question matters; shown under the question. */
  help: z.string().optional(),
  /** An unanswered required question makes the answer file invalid. */
  required: z.boolean().default(false),
  /** Offer "Not applicable"; n/a leaves the denominator. */
  allowNA: z.boolean().default(false),
};

const scoredBase = {
  ...questionBase,
  /** Relative importance inside its section. */
  weight: z.number().positive().default(1),
  /** True when agreeing means a worse culture: the score becomes 1 - x. */
  reverse: z.boolean().default(false),
  critical: CriticalSchema.optional(),
};

export const LikertQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('likert'),
  /** A named scale from the questionnaire's `scales`. */
  scale: z.string().optional(),
  /** Inline scale labels, lowest first (instead of `scale`). */
  labels: z.array(z.string().min(1)).min(2).optional(),
});

export const ChoiceQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('choice'),
  options: z.array(OptionSchema).min(2),
});

export const YesNoQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('yesno'),
});

export const RatingQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('rating'),
  min: z.number().default(0),
  max: z.number().default(10),
});

export const MultiQuestionSchema = z.strictObject({
  ...scoredBase,
  type: z.literal('multi'),
  options: z.array(OptionSchema).min(1),
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
  title: z.string().min(1),
  description: z.string().optional(),
  /** Relative importance in the overall score. */
  weight: z.number().positive().default(1),
  /** Bands for this section only; overrides the questionnaire's `rubric`. */
  rubric: RubricSchema.optional(),
  /** What to do next, keyed by band label. */
  recommendations: z.record(z.string(), z.array(z.string().min(1))).optional(),
  questions: z.array(QuestionSchema).min(1),
});

export const QuestionnaireSchema = z.strictObject({
  id: IdSchema,
  version: z.union([z.number().int().nonnegative(), z.string().min(1)]),
  title: z.string().min(1),
  description: z.string().optional(),
  /** Who the questionnaire is for, e.g. "owners, managers and front-line staff". */
  audience: z.string().optional(),
  /** Named likert scales, lowest label first. */
  scales: z.record(z.string(), z.array(z.string().min(1)).min(2)).optional(),
  /** Overall bands; must start at 0 and not repeat a `min`. */
  rubric: RubricSchema,
  sections: z.array(SectionSchema).min(1),
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
