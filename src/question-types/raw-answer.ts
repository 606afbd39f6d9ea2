import * as z from 'zod';
import { MAX_OPTIONS } from '../util/limits.js';

/** What a respondent wrote for one question, before it is checked against the questionnaire. */
export const RawAnswerSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])).max(MAX_OPTIONS),
  z.null(),
]);

export type RawAnswer = z.infer<typeof RawAnswerSchema>;

/** A raw value read as an answer: `answer` undefined means unanswered. */
export type ParsedAnswer<A = unknown> = { ok: true; answer: A | undefined } | { ok: false; message: string };
