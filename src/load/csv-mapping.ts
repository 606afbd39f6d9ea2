import { parseCsvMapping, type LoadedCsvMapping } from '../answers/csv-mapping.js';
import { readInputText } from './read-input.js';

/** Reads and checks a mapping file; problems name its line and column. A relative `file` is read from `cwd`, and named as given. */
export function loadCsvMapping(file: string, cwd?: string): LoadedCsvMapping {
  return parseCsvMapping(file, readInputText(file, undefined, cwd));
}
