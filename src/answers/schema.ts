import * as z from 'zod';
import type { Answer } from '../question-types/registry.js';
import { RawAnswerSchema } from '../question-types/raw-answer.js';
import { ID_PATTERN, ID_RULE } from '../question-types/schema-parts.js';
import { MAX_ID_LENGTH, MAX_LABEL_LENGTH } from '../util/limits.js';
import { isRealDateTime, NOT_A_REAL_DATE } from './timestamp.js';

export { RawAnswerSchema, type RawAnswer } from '../question-types/raw-answer.js';
export type { Answer } from '../question-types/registry.js';

// Field names are a public contract (README "Answer file format"): add fields, rename none.

/** Who answered. Every field is optional; any further attribute (site, tenure, ...) is allowed. */
const attribute = () => z.string().max(MAX_LABEL_LENGTH);

export const RespondentSchema = z
  .object({
    id: z.union([attribute(), z.number()]).nullish(),
    name: attribute().nullish(),
    role: attribute().nullish(),
    team: attribute().nullish(),
  })
  // Empty (null) values are allowed so a blank template validates before it is filled in.
  .catchall(z.union([attribute(), z.number(), z.boolean(), z.null()]));

// Whole-string match: the date is shown in reports and terminals, so nothing may trail it.
const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const AnswerFileSchema = z.strictObject({
  /**
   * Id of the questionnaire these answers are for. Never a path: a file's content must not make
   * the tool open another file (and echo parts of it in errors); paths go in --questionnaire.
   */
  questionnaire: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .regex(ID_PATTERN, `must be a questionnaire id (${ID_RULE}); to use a questionnaire file, give its path with --questionnaire`),
  /** The questionnaire's version when answered; must match. */
  version: z.union([z.number(), z.string()]).optional(),
  /** sha256 of the questionnaire's canonical content when answered (written by `run` and `template`). */
  questionnaireHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits, as `template` writes it; delete the line if unsure')
    .nullish(),
  respondent: RespondentSchema.nullish(),
  /** Date (YYYY-MM-DD) or ISO date-time the answers were completed. */
  completed: z
    .string()
    .regex(DATE_OR_DATE_TIME, 'must be a date like 2026-11-20, or a date-time like 2026-11-20T14:05:00Z')
    .refine(realIfWellFormed, NOT_A_REAL_DATE)
    .nullish(),
  /** When the interactive run began (ISO date-time). */
  started: z.string().regex(DATE_OR_DATE_TIME, 'must be a date-time like 2026-11-20T14:05:00Z').refine(realIfWellFormed, NOT_A_REAL_DATE).optional(),
  /** Answers by question id. */
  answers: z.record(z.string(), RawAnswerSchema).nullish(),
});

export type AnswerFile = z.infer<typeof AnswerFileSchema>;

/** A date the pattern accepts must exist; one it refuses has its message already. */
function realIfWellFormed(text: string): boolean {
  return !DATE_OR_DATE_TIME.test(text) || isRealDateTime(text);
}
export const answerFileFieldNames: readonly string[] = Object.keys(AnswerFileSchema.shape);

/** A response checked against its questionnaire: what scoring consumes. */
export interface Response {
  questionnaireId: string;
  /** Free-form attributes of the respondent, all as text (id, name, role, team, site, ...). */
  respondent: Record<string, string>;
  completed?: string;
  /** Absent key: unanswered. */
  answers: Record<string, Answer>;
  /** Where the response came from, for messages (file, or file:row for CSV). */
  source: string;
}
