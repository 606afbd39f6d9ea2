import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnswerFileShape, checkAnswers } from '../../src/answers/check.js';
import type { Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { parseYamlSource } from '../../src/util/yaml-source.js';
import { repoRoot } from './cli.js';

export function fixturePath(...parts: string[]): string {
  return join(repoRoot, 'tests', 'fixtures', ...parts);
}

export function questionnaireFromFile(path: string): Questionnaire {
  return parseQuestionnaire(path, readFileSync(path, 'utf8'));
}

/** Checks inline answer YAML against a questionnaire; throws with the problems when invalid. */
export function responseFromYaml(questionnaire: Questionnaire, yaml: string, file = 'answers.yaml'): Response {
  const parsed = parseYamlSource(file, yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const shape = checkAnswerFileShape(parsed.source);
  if (!shape.ok) throw new Error(JSON.stringify(shape.problems));
  const checked = checkAnswers(parsed.source, shape.file, questionnaire);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.response;
}
