import { parseCsvMapping, type LoadedCsvMapping } from '../answers/csv-mapping.js';
import { readInputText } from './read-input.js';

/** Reads and checks a mapping file; problems name its line and column. */
export function loadCsvMapping(file: string): LoadedCsvMapping {
  return parseCsvMapping(file, readInputText(file));
}
