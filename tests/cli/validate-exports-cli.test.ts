import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// validate reads form exports and JSON records as import does (one reader): the same problems,
// and for a valid file its number of responses and the summary line import prints.
const fixtures = join(repoRoot, 'tests', 'fixtures', 'json-responses');
const team = join(repoRoot, 'examples', 'team');

describe('validate on form exports and JSON records', () => {
  it('says how many responses each valid file holds, beside answer files as before; exit 0', () => {
    const dir = tempDir();
    // The export's mapping file beside it names the questionnaire, as for import and team.
    cpSync(join(team, 'form-export.csv'), join(dir, 'export.csv'));
    cpSync(join(team, 'form-export.map.yaml'), join(dir, 'export.map.yaml'));
    cpSync(join(fixtures, 'surveyjs-results.json'), join(dir, 'results.json'));
    cpSync(join(fixtures, 'surveyjs-results.ndjson'), join(dir, 'results.ndjson'));
    cpSync(join(team, 'answers', 'front-line-01.yaml'), join(dir, 'one.yaml'));
    const withoutQ = runCli(['validate', 'export.csv', 'one.yaml'], { cwd: dir });
    expect(withoutQ.code).toBe(0);
    expect(withoutQ.stdout).toMatch(/^✔ export\.csv {2}Google Forms export, 6 responses, 38 of 38 questions matched, 1 column ignored\n✔ one\.yaml {2}answers to service-culture: /);
    const result = runCli(['validate', 'results.json', 'results.ndjson', '-q', 'service-culture'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(['✔ results.json  6 responses, 38 of 38 questions matched, 0 keys ignored', '✔ results.ndjson  6 responses, 38 of 38 questions matched, 0 keys ignored', ''].join('\n'));
  });

  it('lists every problem of every record and row with its line or record, and counts them; exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with,feedback-led-to-visible-change\nr1,7,yes\nr2,eleven,maybe\nr3,5,no\n');
    const args = ['-q', 'service-culture', '--allow-missing', 'all'];
    const result = runCli(['validate', 'export.csv', join(fixtures, 'bad-records.json'), join(fixtures, 'bad-lines.ndjson'), ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const problems = result.stderr.split('\n').filter((line) => line.startsWith('✖'));
    expect(problems).toEqual([
      '✖ export.csv:3:2 column 2 "easy-to-do-business-with": must be a number from 0 to 10 (got "eleven")',
      expect.stringMatching(/^✖ export\.csv:3:3 column 3 "feedback-led-to-visible-change": must be yes or no/),
      expect.stringContaining('bad-records.json record 2: must be an object of answers by question id (got "Jade Okafor")'),
      expect.stringContaining('bad-records.json record 3 "leaders-model-service": must be a scale position 1..5'),
      expect.stringMatching(/bad-lines\.ndjson:3:1: is not valid JSON: /),
      expect.stringContaining('bad-lines.ndjson:4:1 "feedback-led-to-visible-change": must be yes or no (got "maybe")'),
    ]);
    expect(result.stderr).toMatch(/\n3 of 3 files invalid, 6 problems\n$/);
  });

  it('holds records to the rule team holds them to: a scored question no record has a key for is a problem', () => {
    const refused = runCli(['validate', join(fixtures, 'bad-records.json'), '-q', 'service-culture'], { cwd: tempDir() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/✖ .*bad-records\.json: 35 scored questions have no key in any record: /);
  });

  it('names the questionnaire it needs for an export without -q or a mapping file, and keeps going with the next file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with\nr1,7\n');
    cpSync(join(team, 'answers', 'front-line-01.yaml'), join(dir, 'one.yaml'));
    const result = runCli(['validate', 'export.csv', 'one.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('✖ export.csv: name the questionnaire the export answers: --questionnaire <id>, or `questionnaire:` in the mapping file');
    expect(result.stdout).toMatch(/^✔ one\.yaml /);
  });

  it('prints an export\'s warnings on stderr and an empty one as a problem', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with,Email\nr1,7,a@b.c\n');
    writeFileSync(join(dir, 'empty.csv'), 'id,easy-to-do-business-with\n');
    const result = runCli(['validate', 'export.csv', 'empty.csv', '-q', 'service-culture', '--allow-missing', 'all'], { cwd: dir });
    expect(result.stdout).toMatch(/^✔ export\.csv {2}1 response, 1 of 38 questions matched, 1 column ignored; not asked: /);
    expect(result.stderr).toMatch(/^culture-audit: warning: export\.csv: .*"Email"/m);
    expect(result.stderr).toContain('✖ empty.csv: holds no responses');
    expect(result.code).toBe(2);
  });
});
