import { appendFileSync } from 'node:fs';
import { osPath } from '../util/os-path.js';

/**
 * Adds `text` at the end of a file that others write too (GitHub's step summary, which earlier
 * steps fill): never staged or replaced, since their part must stay.
 */
export function appendToFile(path: string, text: string): void {
  appendFileSync(osPath(path), text);
}
