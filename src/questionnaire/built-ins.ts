import { createHash } from 'node:crypto';
import type { Questionnaire } from './schema.js';

/**
 * The built-in questionnaires as scripts/build.mjs validated them, as JSON text: sha256 of a
 * file's text → the questionnaire it validates to. Absent when running from source (tests).
 */
declare const CULTURE_AUDIT_BUILT_INS: string | undefined;

let builtIns: Record<string, Questionnaire> | undefined;

/**
 * The questionnaire a file's text was validated to at build time, or undefined. Parsing 25 KB of
 * YAML and validating it costs a `score` run most of its time; a hash costs under a millisecond.
 * Keyed by content, not by path: a built-in edited after the build (or any other file) misses
 * and is parsed and validated as usual, so the result is always what validating the text gives.
 */
export function prevalidatedQuestionnaire(text: string): Questionnaire | undefined {
  if (typeof CULTURE_AUDIT_BUILT_INS !== 'string') return undefined;
  builtIns ??= JSON.parse(CULTURE_AUDIT_BUILT_INS) as Record<string, Questionnaire>;
  const hash = sourceHash(text);
  return Object.hasOwn(builtIns, hash) ? builtIns[hash] : undefined;
}

/** sha256 of a questionnaire file's text, as `readInputText` returns it. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
