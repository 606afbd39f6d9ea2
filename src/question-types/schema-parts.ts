import * as z from 'zod';
import { MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_OPTIONS, MAX_POINTS, MAX_TEXT_LENGTH, MAX_WEIGHT } from '../util/limits.js';
import { once } from '../util/once.js';
import { sanitizeForTerminal } from '../util/terminal-text.js';

// The pieces every question type's schema is built from. Field names are a public contract
// (README "Questionnaire format"): add fields freely, rename none. Every string, list and number
// is bounded (src/util/limits.ts) so no input can make the tool slow, overflow a score, or flood a report.
// Every schema here is built on first use: only validating a questionnaire file needs them, and a run
// that loads only built-in questionnaires (validated at build time) never does.

/** Text that would show as nothing (spaces, control characters) cannot title or label anything. */
const visible = (text: string) => text === '' /* min(1) says so */ || sanitizeForTerminal(text).trim() !== '';
/** One-line text: titles, labels. */
export const label = () => z.string().min(1).max(MAX_LABEL_LENGTH).refine(visible, 'must contain visible text');
/** Sentences: question text, help, summaries, recommendations. */
export const prose = () => z.string().min(1).max(MAX_TEXT_LENGTH).refine(visible, 'must contain visible text');
/** Relative importance; bounded so sums of weights stay exact enough and finite. */
export const weight = () => z.number().positive().max(MAX_WEIGHT).default(1);
/** Points and rating bounds; bounded so every score formula stays finite. */
export const points = () => z.number().min(-MAX_POINTS).max(MAX_POINTS);

/**
 * Questionnaire, section and question ids. Either case, and "." besides "-" and "_", so an
 * instrument keeps the item codes its field uses (`A1`, `Q1_1`, `SQ001`, `D-SA-A-1`, `E.2`).
 * Ids match exactly: `a1` and `A1` are two ids.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What an id may hold, in words, for error messages. */
export const ID_RULE = 'letters, digits, "-", "_" or "."';

export const idSchema = once(() =>
  z
    .string()
    .max(MAX_ID_LENGTH)
    .regex(ID_PATTERN, `must be ${ID_RULE}, starting with a letter or digit`),
);

export const criticalSchema = once(() =>
  z.strictObject({
    /** Red flag when the question's score (0..1, after reverse) is at or below this. */
    atOrBelow: z.number().min(0).max(1),
    /** What the red flag says in reports. */
    message: prose(),
  }),
);

export const optionSchema = once(() =>
  z.strictObject({
    label: label(),
    /** Points for choosing this option; normalised over the question's options. */
    score: points(),
  }),
);

/** Inline labels of a question's own scale, lowest first. */
export const labelList = () => z.array(label()).min(2).max(MAX_OPTIONS);
/** A scale's name, as `scales` keys it. */
export const scaleName = () => z.string().max(MAX_LABEL_LENGTH);

/** Fields every question has (the same schemas for every type, as when they were built at load). */
export const questionBase = once(() => ({
  /** Unique in the whole questionnaire; the key in answer files. */
  id: idSchema(),
  /** The question as the respondent reads it. */
  text: prose(),
  /** Why the question matters; shown under the question. */
  help: z.string().max(MAX_TEXT_LENGTH).optional(),
  /** An unanswered required question makes the answer file invalid. */
  required: z.boolean().default(false),
  /** Offer "Not applicable"; n/a leaves the denominator. */
  allowNA: z.boolean().default(false),
}));

/** Fields every scored question has. */
export const scoredBase = once(() => ({
  ...questionBase(),
  /** Relative importance inside its section. */
  weight: weight(),
  /** True when agreeing means a worse culture: the score becomes 1 - x. */
  reverse: z.boolean().default(false),
  critical: criticalSchema().optional(),
}));

export type Option = z.infer<ReturnType<typeof optionSchema>>;
