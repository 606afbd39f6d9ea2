import * as z from 'zod';
import { QuestionSchema } from '../question-types/registry.js';
import { IdSchema, label, prose, weight } from '../question-types/schema-parts.js';
import { MAX_BANDS, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_OPTIONS, MAX_QUESTIONS, MAX_SECTIONS, MAX_TEXT_LENGTH } from '../util/limits.js';

// Field names here are a public contract (see README "Questionnaire format"):
// add fields freely, rename none. Every object is strict so a misspelt key is an error.
// Each question type's fields are in its own file in src/question-types/.

export { ID_PATTERN, IdSchema, CriticalSchema, OptionSchema, type Option } from '../question-types/schema-parts.js';
export { QuestionSchema, isScored, type Question, type QuestionType, type QuestionOf, type ScoredQuestion } from '../question-types/registry.js';

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
export type Section = z.infer<typeof SectionSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
