import * as z from 'zod';
import { questionSchema } from '../question-types/registry.js';
import { idSchema, label, prose, weight } from '../question-types/schema-parts.js';
import { MAX_BANDS, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_OPTIONS, MAX_QUESTIONS, MAX_SECTIONS, MAX_TEXT_LENGTH } from '../util/limits.js';
import { once } from '../util/once.js';

// Field names here are a public contract (see README "Questionnaire format"):
// add fields freely, rename none. Every object is strict so a misspelt key is an error.
// Each question type's fields are in its own file in src/question-types/.
// Each schema is built on first use, once (the same object after): a run that loads only built-in
// questionnaires, validated at build time, never builds them (about 2 ms of a `score` start).

export { ID_PATTERN, idSchema, criticalSchema, optionSchema, type Option } from '../question-types/schema-parts.js';
export { questionSchema, isScored, type Question, type QuestionType, type QuestionOf, type ScoredQuestion } from '../question-types/registry.js';

export const bandSchema = once(() =>
  z.strictObject({
    /** Lowest score (0..100) that falls in this band. */
    min: z.number().min(0).max(100),
    /** Name shown in reports, and the key of a section's `recommendations`. */
    label: label(),
    /** One or two sentences a reader gets with the band. */
    summary: z.string().max(MAX_TEXT_LENGTH).optional(),
  }));

/**
 * One thing to do. Plain text is for everyone; `for` names an audience from the questionnaire's
 * `audiences` (or `everyone`), so a report can show a reader first what is theirs to do.
 */
export const recommendationSchema = once(() =>
  z.union([
    prose(),
    z.strictObject({
      text: prose(),
      /** Who acts: an `audiences` key, or `everyone` (the default). */
      for: idSchema().optional(),
    }),
  ]));

/** The readers a questionnaire's advice can be addressed to, by the respondent roles they cover. */
export const audienceSchema = once(() =>
  z.strictObject({
    /** How reports name them ("Owner and managers"). */
    title: label(),
    /** Respondent `role` values in this audience; matched without regard to case. */
    roles: z.array(label()).min(1).max(MAX_OPTIONS),
  }));

/** The audience every questionnaire has without declaring it. */
export const EVERYONE = 'everyone';

/** Bands by their `min`; together they must start at 0. */
export const rubricSchema = once(() => z.array(bandSchema()).min(1).max(MAX_BANDS));

export const sectionSchema = once(() =>
  z.strictObject({
    id: idSchema(),
    title: label(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
    /** Relative importance in the overall score. */
    weight: weight(),
    /**
     * What the section measures, named so that two questionnaires can be set side by side (`mirror`):
     * a staff audit's and a customer survey's sections with the same dimension measure the same thing.
     */
    dimension: idSchema().optional(),
    /** Bands for this section only; overrides the questionnaire's `rubric`. */
    rubric: rubricSchema().optional(),
    /** What to do next, keyed by band label. */
    recommendations: z.record(z.string(), z.array(recommendationSchema()).max(MAX_BANDS)).optional(),
    questions: z.array(questionSchema()).min(1).max(MAX_QUESTIONS),
  }));

export const questionnaireSchema = once(() =>
  z.strictObject({
    id: idSchema(),
    version: z.union([z.number().int().nonnegative(), z.string().min(1).max(MAX_ID_LENGTH)]),
    title: label(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
    /** Who the questionnaire is for, e.g. "owners, managers and front-line staff". */
    audience: z.string().max(MAX_LABEL_LENGTH).optional(),
    /** Why the sections and questions weigh what they do, in a sentence or two; `show` and reports print it. */
    weighting: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
    /** Readers that recommendations can be addressed to (`for:`), keyed by id; `everyone` is built in. */
    audiences: z.record(idSchema(), audienceSchema()).optional(),
    /** Named likert scales, lowest label first. */
    scales: z.record(z.string().max(MAX_LABEL_LENGTH), z.array(label()).min(2).max(MAX_OPTIONS)).optional(),
    /** Overall bands; must start at 0 and not repeat a `min`. */
    rubric: rubricSchema(),
    sections: z.array(sectionSchema()).min(1).max(MAX_SECTIONS),
  }));

export type Band = z.infer<ReturnType<typeof bandSchema>>;
export type Recommendation = z.infer<ReturnType<typeof recommendationSchema>>;
export type Audience = z.infer<ReturnType<typeof audienceSchema>>;
export type Rubric = z.infer<ReturnType<typeof rubricSchema>>;
export type Section = z.infer<ReturnType<typeof sectionSchema>>;
export type Questionnaire = z.infer<ReturnType<typeof questionnaireSchema>>;
