import { csvMappingSchema } from '../answers/csv-mapping.js';
import { once } from '../util/once.js';
import { parseYamlSource } from '../util/yaml-source.js';
import { readInputText } from './read-input.js';

/** Files a folder of answers often holds that are not answers: a form export's mapping file, a questionnaire. */
export type OtherInputKind = 'mapping' | 'questionnaire';

const mappingKeys = once((): ReadonlySet<string> => new Set(Object.keys(csvMappingSchema().shape)));

/**
 * What a parsed file is by its top-level keys, when it is plainly not an answer file: a mapping
 * file has `columns` or `questions` and only the mapping format's keys; a questionnaire has `sections` and
 * `rubric`. Neither has `answers`, so an answer file (even a broken one) is never taken for them.
 */
export function otherInputKindOf(data: unknown): OtherInputKind | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.includes('answers')) return undefined;
  if ((keys.includes('columns') || keys.includes('questions')) && keys.every((key) => mappingKeys().has(key))) return 'mapping';
  if (keys.includes('sections') && keys.includes('rubric')) return 'questionnaire';
  return undefined;
}

/**
 * otherInputKindOf for a file (read again and parsed: this runs only for files that failed as
 * answer files, so the valid ones, nearly all of a team's, cost nothing extra).
 */
export function otherInputKindOfFile(file: string, cwd: string): OtherInputKind | undefined {
  try {
    const parsed = parseYamlSource(file, readInputText(file, undefined, cwd));
    return parsed.ok ? otherInputKindOf(parsed.source.data) : undefined;
  } catch {
    // Unreadable, too big, not UTF-8: an answer file's problems, reported as they are.
    return undefined;
  }
}
