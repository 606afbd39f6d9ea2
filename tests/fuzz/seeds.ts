import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderAnswerTemplate } from '../../src/answers/template.js';
import { parseQuestionnaire } from '../../src/questionnaire/load.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';

/** A valid input the mutators start from. */
export interface Seed {
  name: string;
  text: string;
}

export interface SeedCorpus {
  questionnaires: Seed[];
  answers: Seed[];
  /** The questionnaires the answer seeds answer, by id. */
  byId: Map<string, Questionnaire>;
}

/**
 * The built-in questionnaires, the scoring fixture and the examples, each also as JSON, plus a
 * template per questionnaire (it carries questionnaireHash). `root` is the repository folder.
 */
export function loadSeeds(root: string): SeedCorpus {
  const read = (...parts: string[]) => ({ name: parts.join('/'), text: readFileSync(join(root, ...parts), 'utf8') });
  const yamlIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => read(dir, f));
  const questionnaireFiles = [...yamlIn('questionnaires'), read('tests', 'fixtures', 'scoring', 'mini.yaml')];
  const byId = new Map<string, Questionnaire>();
  for (const seed of questionnaireFiles) {
    const questionnaire = parseQuestionnaire(seed.name, seed.text);
    byId.set(questionnaire.id, questionnaire);
  }
  const answerFiles = [
    ...readdirSync(join(root, 'examples')).flatMap((dir) => yamlIn(join('examples', dir))),
    read('tests', 'fixtures', 'scoring', 'answers.yaml'),
    ...[...byId.values()].map((q) => ({ name: `template:${q.id}`, text: renderAnswerTemplate(q) })),
  ];
  return { questionnaires: withJson(questionnaireFiles), answers: withJson(answerFiles), byId };
}

function withJson(seeds: Seed[]): Seed[] {
  return [...seeds, ...seeds.map((seed) => ({ name: `${seed.name} as JSON`, text: JSON.stringify(parse(seed.text), null, 1) }))];
}
