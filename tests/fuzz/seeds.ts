import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LoadedCsvMapping } from '../../src/answers/csv-mapping.js';
import { loadCsvMapping } from '../../src/load/csv-mapping.js';
import { renderAnswerTemplate } from '../../src/answers/template.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { csvLine } from '../helpers/csv-text.js';

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
  /** Form exports of service-culture: the sample one, and the sample answer files as a CSV. */
  csv: Seed[];
  /** The sample export's mapping file, read for every CSV case. */
  csvMapping: LoadedCsvMapping;
  /** Survey tools' exports of five-ways (tests/fixtures/tool-exports), those read without a mapping file. */
  toolExports: Seed[];
  /** The questionnaire those exports answer: five-ways version 1, frozen beside them. */
  toolExportsQuestionnaire: Questionnaire;
  /** The SurveyJS fixture's respondents of service-culture, as a JSON array and as NDJSON. */
  jsonRecords: { array: Seed[]; lines: Seed[] };
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
  const serviceCulture = [...yamlIn(join('examples', 'team', 'answers')), ...yamlIn(join('examples', 'service-culture'))];
  const csv = [read('examples', 'team', 'form-export.csv'), { name: 'sample answers as CSV', text: csvOf(serviceCulture) }];
  const csvMapping = loadCsvMapping(join(root, 'examples', 'team', 'form-export.map.yaml'));
  const jsonRecords = { array: [read('tests', 'fixtures', 'json-responses', 'surveyjs-results.json')], lines: [read('tests', 'fixtures', 'json-responses', 'surveyjs-results.ndjson')] };
  const toolExports = readdirSync(join(root, 'tests', 'fixtures', 'tool-exports'))
    .filter((name) => name.endsWith('.csv') && !name.includes('numeric') && !name.includes('codes'))
    .map((name) => read('tests', 'fixtures', 'tool-exports', name));
  const v1 = read('tests', 'fixtures', 'tool-exports', 'five-ways-v1.yaml');
  const toolExportsQuestionnaire = parseQuestionnaire(v1.name, v1.text);
  return { questionnaires: withJson(questionnaireFiles), answers: withJson(answerFiles), byId, csv, csvMapping, toolExports, toolExportsQuestionnaire, jsonRecords };
}

/** Answer files as one form export: question ids and attribute names as headers, a row each. */
function csvOf(seeds: readonly Seed[]): string {
  const files = seeds.map((seed) => parse(seed.text) as { respondent?: Record<string, unknown>; completed?: string; answers?: Record<string, unknown> });
  const ids = [...new Set(files.flatMap((file) => Object.keys(file.answers ?? {})))];
  const header = ['id', 'name', 'role', 'team', 'completed', ...ids];
  const rows = files.map((file) => [
    ...['id', 'name', 'role', 'team'].map((key) => file.respondent?.[key]),
    file.completed,
    ...ids.map((id) => file.answers?.[id]),
  ]);
  return [header, ...rows].map(csvLine).join('\r\n');
}

function withJson(seeds: Seed[]): Seed[] {
  return [...seeds, ...seeds.map((seed) => ({ name: `${seed.name} as JSON`, text: JSON.stringify(parse(seed.text), null, 1) }))];
}
