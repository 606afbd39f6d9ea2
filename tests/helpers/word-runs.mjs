import { createHash } from 'node:crypto';

// Runs of words, for checking that our questionnaires copy no run of words from the source essays
// (tests/unit/questionnaire/builtin-content.test.ts, scripts/essay-fingerprints.mjs).

/** Runs of this many words shared with the source essays count as copying. */
export const RUN_LENGTH = 6;

/** Lower-case words, apostrophes and hyphens kept inside words, everything else a break. */
export function words(text) {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? [];
}

/** Every run of `length` consecutive words. */
export function wordRuns(text, length) {
  const list = words(text);
  const out = [];
  for (let i = 0; i + length <= list.length; i++) out.push(list.slice(i, i + length).join(' '));
  return out;
}

/** The hash a run is kept under in tests/fixtures/source-essays/runs.txt. */
export function fingerprint(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}
