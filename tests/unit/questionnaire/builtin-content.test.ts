import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommendationsFor } from '../../../src/questionnaire/recommendations.js';
import { isScored } from '../../../src/questionnaire/schema.js';
import { bandsDescending } from '../../../src/scoring/bands.js';
import { repoRoot } from '../../helpers/cli.js';
import { questionnaireFromFile } from '../../helpers/scoring.js';
import { fingerprint, RUN_LENGTH, wordRuns, words } from '../../helpers/word-runs.mjs';

// What a consultant relies on in the built-in content (issue 19), checked for every built-in
// questionnaire whose content has been reviewed against these rules. Each reviewed questionnaire
// adds its id to `reviewed`, and every built-in must be on it.
const reviewed: string[] = ['service-culture', 'pulse', 'who-is-your-customer', 'five-ways', 'five-ways-customers'];

const builtIns = readdirSync(join(repoRoot, 'questionnaires'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length));
const file = (id: string) => join(repoRoot, 'questionnaires', `${id}.yaml`);

// The source essays as hashes of their six-word runs (scripts/essay-fingerprints.mjs), so the
// project holds none of their sentences.
const essayRuns = new Set(readFileSync(join(repoRoot, 'tests', 'fixtures', 'source-essays', 'runs.txt'), 'utf8').split('\n').filter(Boolean));

/** Every string in a parsed YAML value: the texts a reader sees are all among them. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Labels that mean "none of the above" or "I cannot say" must stand alone when ticked. */
const STANDS_ALONE = /^(none\b|no one\b|nobody\b|don't know|do not know|not sure|i can't say|cannot say)/i;

describe.each(reviewed)('built-in questionnaire %s, as a consultant relies on it', (id) => {
  const q = questionnaireFromFile(file(id));
  const scoredSections = q.sections.filter((s) => s.questions.some(isScored));

  it('gives every scored section advice for every band, the top band included', () => {
    const missing = scoredSections.flatMap((section) =>
      bandsDescending(section.rubric ?? q.rubric)
        .filter((band) => recommendationsFor(section, band.label).length === 0)
        .map((band) => `${section.id} / ${band.label}`),
    );
    expect(missing).toEqual([]);
  });

  it('reverse-keys at most one question per section', () => {
    const crowded = q.sections.filter((s) => s.questions.filter((question) => isScored(question) && question.reverse).length > 1).map((s) => s.id);
    expect(crowded).toEqual([]);
  });

  it('makes every "none" or "don\'t know" option of a multi question exclusive', () => {
    const loose = q.sections
      .flatMap((s) => s.questions)
      .flatMap((question) => (question.type === 'multi' ? question.options.filter((o) => STANDS_ALONE.test(o.label) && !o.exclusive).map((o) => `${question.id}: ${o.label}`) : []));
    expect(loose).toEqual([]);
  });

  it('says why its weights are what they are', () => {
    expect(q.weighting?.trim() ?? '').not.toBe('');
  });

  it(`shares no run of ${RUN_LENGTH} words with the source essays`, () => {
    const ours = strings(parse(readFileSync(file(id), 'utf8')));
    const copied = ours.flatMap((text) => wordRuns(text, RUN_LENGTH)).filter((run) => essayRuns.has(fingerprint(run)));
    expect(copied).toEqual([]);
  });
});

describe('the copying check', () => {
  it('reads words as a reader does and finds a hashed run', () => {
    expect(words('Don’t keep customers waiting—call back, today!')).toEqual(["don't", 'keep', 'customers', 'waiting', 'call', 'back', 'today']);
    const runs = wordRuns('one two three four five six seven', 6);
    expect(runs).toEqual(['one two three four five six', 'two three four five six seven']);
    expect(fingerprint(runs[0]!)).toMatch(/^[0-9a-f]{16}$/);
    expect(essayRuns.size).toBeGreaterThan(1000);
  });
});

describe('the content review', () => {
  it('names only built-in questionnaires', () => {
    expect(reviewed.filter((id) => !builtIns.includes(id))).toEqual([]);
  });

  it('covers every built-in questionnaire', () => {
    expect(builtIns.filter((id) => !reviewed.includes(id))).toEqual([]);
  });
});
