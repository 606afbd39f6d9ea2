import type * as z from 'zod';
import { InvalidInputError } from './errors.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { at, zodIssuesToProblems } from './zod-problems.js';

/**
 * A small YAML file of ours (a mapping file, an engagement file) checked against its schema:
 * problems name its line and column, and a misspelt field gets a "did you mean" among `fields`.
 * `notAMapping` says what the file should hold when its top level is not a mapping.
 */
export function parseYamlConfig<T>(file: string, text: string, schema: z.ZodType<T>, notAMapping: string, fields: readonly string[]): { data: T; source: YamlSource } {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  const data = parsed.source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InvalidInputError([at(parsed.source, [], notAMapping)]);
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidInputError(zodIssuesToProblems(parsed.source, result.error.issues, [...fields]));
  return { data: result.data, source: parsed.source };
}
