import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// tests/fixtures/json-responses/surveyjs-results.{json,ndjson} hold the six respondents of
// examples/team/form-export.csv, keyed by question id, as SurveyJS writes its results: the same
// people as front-line-01..06.yaml.
const fixtures = join(repoRoot, 'tests', 'fixtures', 'json-responses');
const sixAnswerFiles = ['01', '02', '03', '04', '05', '06'].map((n) => join(repoRoot, 'examples', 'team', 'answers', `front-line-${n}.yaml`));

/** `team <inputs> --json team.json` from a fresh folder: the exit code, stderr, and the team JSON if written. */
function team(inputs: string[], ...extra: string[]) {
  const cwd = tempDir();
  const result = runCli(['team', ...inputs, '-q', 'service-culture', '-o', 'team.md', '--json', 'team.json', ...extra], { cwd });
  const json = existsSync(join(cwd, 'team.json')) ? (JSON.parse(readFileSync(join(cwd, 'team.json'), 'utf8')) as TeamJson) : undefined;
  return { ...result, json, written: existsSync(join(cwd, 'team.md')) };
}

interface TeamJson {
  respondents: number;
  notAsked?: string[];
  sections: { n: number; mean: number }[];
}

describe('team with JSON arrays and NDJSON of respondents', () => {
  const fromAnswerFiles = team(sixAnswerFiles);

  it.each(['surveyjs-results.json', 'surveyjs-results.ndjson'])('%s gives the team JSON the six answer files give', (name) => {
    expect(fromAnswerFiles.code).toBe(0);
    const result = team([join(fixtures, name)]);
    expect(result.stderr).not.toMatch(/warning|problem/);
    expect(result.code).toBe(0);
    expect(result.json?.respondents).toBe(6);
    expect(result.json?.sections.every((section) => section.n === 6)).toBe(true);
    // Nothing in the team JSON names where a response came from, so all of it must agree.
    expect(result.json).toEqual(fromAnswerFiles.json);
  });

  it('fails with exit 2 naming the record of a bad array element and the line of a bad NDJSON line, writing nothing', () => {
    const array = team([join(fixtures, 'bad-records.json')]);
    expect(array.code).toBe(2);
    expect(array.written).toBe(false);
    expect(array.stderr).toContain('bad-records.json record 2: must be an object of answers by question id (got "Jade Okafor")');
    expect(array.stderr).toContain('bad-records.json record 3 "leaders-model-service": must be a scale position 1..5');
    const lines = team([join(fixtures, 'bad-lines.ndjson')]);
    expect(lines.code).toBe(2);
    expect(lines.stderr).toMatch(/bad-lines\.ndjson:3:1: is not valid JSON: /);
    expect(lines.stderr).toContain('bad-lines.ndjson:4:1 "feedback-led-to-visible-change": must be yes or no (got "maybe")');
  });

  it('leaves bad records out with --skip-invalid, and names the keys it ignored once', () => {
    // Its records answer one question: the rest are accepted as not asked.
    const result = team([join(fixtures, 'bad-records.json')], '--skip-invalid', '--allow-missing', 'all');
    expect(result.code).toBe(0);
    expect(result.json?.respondents).toBe(1);
    expect(result.stderr.match(/ignored 1 key matching no question or attribute: "surveyjs-extra"/g)).toHaveLength(1);
  });

  it('prints one summary line per records file, as for a form export', () => {
    const result = team([join(fixtures, 'surveyjs-results.ndjson')]);
    expect(result.stderr).toMatch(/surveyjs-results\.ndjson: 6 responses, (\d+) of \1 questions matched, 0 keys ignored\n/);
  });

  describe('a records file with one question key misspelt in every record', () => {
    const misspelt = join(tempDir(), 'misspelt.ndjson');
    const original = readFileSync(join(fixtures, 'surveyjs-results.ndjson'), 'utf8');
    writeFileSync(misspelt, original.replaceAll('"leaders-model-service":', '"leaders-model-servce":'));

    it('is refused with exit 2, one message naming the file, the question and the key ignored, and nothing written', () => {
      const result = team([misspelt]);
      expect(result.code).toBe(2);
      expect(result.written).toBe(false);
      expect(result.stderr).toMatch(/misspelt\.ndjson: 1 scored question has no key in any record: leaders-model-service \(.*\); ignored keys: "leaders-model-servce"; write each as its question id/);
      expect(result.stderr).not.toMatch(/misspelt\.ndjson: 6 responses/);
    });

    it('is refused even with --skip-invalid, since its responses were read before its end showed the key missing', () => {
      const result = team([misspelt], '--skip-invalid');
      expect(result.code).toBe(2);
      expect(result.written).toBe(false);
    });

    it('is read with --allow-missing for that question, which the team JSON then names as not asked', () => {
      const result = team([misspelt], '--allow-missing', 'leaders-model-service');
      expect(result.code).toBe(0);
      expect(result.json?.respondents).toBe(6);
      expect(result.json?.notAsked).toEqual(['leaders-model-service']);
      expect(result.stderr).toMatch(/misspelt\.ndjson: 6 responses, (\d+) of \d+ questions matched, 1 key ignored; not asked: leaders-model-service \(--allow-missing\)/);
    });
  });
});
