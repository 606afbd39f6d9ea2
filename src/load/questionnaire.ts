import { existsSync } from 'node:fs';
import { prevalidatedQuestionnaire } from '../questionnaire/built-ins.js';
import { parseQuestionnaire } from '../questionnaire/parse.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { problemsError } from '../util/errors.js';
import { resolveQuestionnaireFile } from './questionnaire-files.js';
import { readInputText } from './read-input.js';
import { osPath, shownPath } from '../util/os-path.js';

export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
  file: string;
}

/**
 * Reads, parses and validates a questionnaire file; throws InvalidInputError with every problem found.
 * A built-in questionnaire, unchanged since the build, comes already validated.
 */
export function loadQuestionnaireFile(file: string): LoadedQuestionnaire {
  const text = readInputText(file);
  return { questionnaire: prevalidatedQuestionnaire(text) ?? parseQuestionnaire(file, text), file };
}

const cache = new Map<string, LoadedQuestionnaire>();
/**
 * cwd and reference → file. Finding an id reads the id of every local questionnaire file, and
 * `score` or `validate` looks the questionnaire up once per answer file: once per process is enough.
 */
const resolved = new Map<string, string>();

/** Loads a questionnaire by id or path; each file is parsed and validated once per process. */
export function loadQuestionnaire(reference: string, cwd: string): LoadedQuestionnaire {
  const key = `${cwd}\0${reference}`;
  const file = resolved.get(key) ?? resolveQuestionnaireFile(reference, cwd);
  resolved.set(key, file);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(osPath(file))) throw problemsError(shownPath(file), 'no such file');
  const loaded = loadQuestionnaireFile(file);
  cache.set(file, loaded);
  return loaded;
}
