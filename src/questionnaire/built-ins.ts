import type { Questionnaire } from './schema.js';

/**
 * The built-in questionnaires as scripts/build.mjs validated them, as JSON text of pairs: a file's
 * text → the questionnaire it validates to, itself as JSON text. Absent when running from source (tests).
 */
declare const CULTURE_AUDIT_BUILT_INS: string | undefined;

let builtIns: Map<string, string> | undefined;
const parsed = new Map<string, Questionnaire>();

/**
 * The questionnaire a file's text was validated to at build time, or undefined. Parsing 25 KB of
 * YAML and validating it costs a `score` run most of its time; looking the text up costs
 * microseconds. Keyed by the whole text, not by path nor by a hash (which would load node:crypto,
 * 5 ms of a start): a built-in edited after the build (or any other file) misses and is parsed and
 * validated as usual, so the result is always what validating the text gives.
 */
export function prevalidatedQuestionnaire(text: string): Questionnaire | undefined {
  if (typeof CULTURE_AUDIT_BUILT_INS !== 'string') return undefined;
  builtIns ??= new Map(JSON.parse(CULTURE_AUDIT_BUILT_INS) as [string, string][]);
  const json = builtIns.get(text);
  if (json === undefined) return undefined;
  // Parsed once per process: the same text gives the same object, as loading it once would.
  let questionnaire = parsed.get(text);
  if (!questionnaire) {
    questionnaire = JSON.parse(json) as Questionnaire;
    parsed.set(text, questionnaire);
  }
  return questionnaire;
}
