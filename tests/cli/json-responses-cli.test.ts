import { existsSync, readFileSync } from 'node:fs';
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
});
