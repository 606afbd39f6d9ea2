import fc from 'fast-check';
import { csvLoader } from './csv-loader.js';
import { jsonRecordsLoader } from './json-records-loader.js';
import { answersLoader, questionnaireLoader, type Loader } from './loaders.js';
import { csvPlanArb, fuzzPlanArb, type FuzzPlan } from './mutations.js';
import { loadSeeds } from './seeds.js';

export interface FuzzTarget {
  name: 'questionnaire' | 'answers' | 'csv' | 'tool-exports' | 'json-records';
  loader: Loader;
  plans: fc.Arbitrary<FuzzPlan>;
}

/** Every loader under fuzz with its seeds: `npm run fuzz` runs them all, `npm test` a slice of each. */
export function fuzzTargets(root: string): FuzzTarget[] {
  const corpus = loadSeeds(root);
  const serviceCulture = corpus.byId.get('service-culture');
  if (!serviceCulture) throw new Error('the built-in service-culture questionnaire is missing');
  return [
    { name: 'questionnaire', loader: questionnaireLoader(), plans: fuzzPlanArb(corpus.questionnaires) },
    { name: 'answers', loader: answersLoader(corpus.byId), plans: fuzzPlanArb(corpus.answers) },
    { name: 'csv', loader: csvLoader(serviceCulture, corpus.csvMapping), plans: csvPlanArb(corpus.csv) },
    // Each survey tool's layout, detected from the header the mutations may break.
    { name: 'tool-exports', loader: csvLoader(corpus.toolExportsQuestionnaire), plans: csvPlanArb(corpus.toolExports) },
    // A JSON array gets data mutations (as an answer file does), NDJSON text ones (as a CSV does).
    { name: 'json-records', loader: jsonRecordsLoader(serviceCulture), plans: fc.oneof(fuzzPlanArb(corpus.jsonRecords.array), csvPlanArb(corpus.jsonRecords.lines)) },
  ];
}
