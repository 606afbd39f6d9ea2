import { quoted } from './quote.js';

export type DataPath = readonly PropertyKey[];

/** A key that reads plainly after a dot: letters, digits, "_" and "-", and not too long to read. */
const PLAIN_KEY = /^[\w-]{1,60}$/;

/**
 * `['sections', 2, 'questions', 0, 'weight']` → `sections[2].questions[0].weight`; any other key
 * is quoted (and cut short), `answers["Strongly agree"]`, so a key holding spaces, dots or
 * escapes reads as one key.
 */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!PLAIN_KEY.test(String(key))) out += `[${quoted(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
