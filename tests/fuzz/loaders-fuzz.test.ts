import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { runCampaign } from './campaign.js';
import { answersLoader, classify, questionnaireLoader } from './loaders.js';
import { loadSeeds } from './seeds.js';
import { fuzzTargets } from './targets.js';
import { repoRoot } from '../helpers/cli.js';

// A fixed-seed slice of `npm run fuzz` (which runs 10,000+ cases per loader with a new seed each
// time), and every input the fuzzer or a review ever found crashing a loader.

const corpus = loadSeeds(repoRoot);
const regressions = join(repoRoot, 'tests', 'fixtures', 'fuzz-regressions');
const fixtures = readdirSync(regressions).sort();
const byId = new Map(corpus.byId);
for (const name of fixtures.filter((f) => f.startsWith('questionnaire-'))) {
  const text = readFileSync(join(regressions, name), 'utf8');
  try {
    const questionnaire = parseQuestionnaire(name, text);
    byId.set(questionnaire.id, questionnaire);
  } catch {
    // An invalid one is a fixture for the questionnaire loader only.
  }
}

describe('fuzzing the loaders with a fixed seed', () => {
  it.each(fuzzTargets(repoRoot).map((target) => [target.name, target] as const))('the %s loader ends every mutated input in a value or one clear error', async (_name, { name, loader, plans }) => {
    const result = await runCampaign(name, loader, plans, { seed: 20261123, cases: 80 });
    expect(result.failure?.error).toBeUndefined();
    expect(result.cases).toBe(80);
    // Both outcomes occur, so the mutations neither break everything nor nothing.
    expect(result.values).toBeGreaterThan(5);
    expect(result.errors).toBeGreaterThan(5);
  });
});

describe('fuzz regressions (tests/fixtures/fuzz-regressions)', () => {
  const expected: Record<string, RegExp | 'value'> = {
    'questionnaire-block-mapping-in-braces.yaml': /more than 32 levels deep, or leaves a \[ or \{ unclosed/,
    'answers-unclosed-brackets.yaml': /more than 32 levels deep, or leaves a \[ or \{ unclosed/,
    'questionnaire-proto-scale-name.yaml': /fuzz\.yaml:7:3: the key "__proto__" is not allowed/,
    'questionnaire-constructor-band.yaml': 'value',
    'questionnaire-constructor-question.yaml': 'value',
    // A question id YAML reads as a number (1e400): the template must quote it so it reads back as the id.
    'questionnaire-number-like-question-id.yaml': 'value',
    'answers-constructor-question.yaml': /required question "constructor" is not answered/,
  };

  it('has an expectation for every fixture', () => {
    expect(fixtures).toEqual(Object.keys(expected).sort());
  });

  it.each(fixtures)('%s', async (name) => {
    const loader = name.startsWith('answers-') ? answersLoader(byId) : questionnaireLoader();
    const outcome = await classify(loader, readFileSync(join(regressions, name)));
    if (expected[name] === 'value') expect(outcome).toEqual({ kind: 'value' });
    else expect(outcome.kind === 'error' ? outcome.message : outcome).toMatch(expected[name] as RegExp);
  });
});
