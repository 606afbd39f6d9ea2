import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const answers = join(repoRoot, 'examples/team/answers');
const sampleReport = readFileSync(join(repoRoot, 'reports/examples/team.md'), 'utf8');

/** A folder with one valid answer file, one with bad answers and one for another questionnaire. */
function mixedFolder(): string {
  const dir = join(tempDir(), 'answers');
  mkdirSync(dir);
  copyFileSync(join(answers, 'manager-01.yaml'), join(dir, 'good.yaml'));
  const bad = readFileSync(join(answers, 'front-line-01.yaml'), 'utf8')
    .replace(/leaders-model-service: .*/, 'leaders-model-service: Mostly')
    .replace(/easy-to-do-business-with: .*/, 'easy-to-do-business-with: 12');
  writeFileSync(join(dir, 'bad.yaml'), bad);
  copyFileSync(join(repoRoot, 'examples/five-ways/front-line.yaml'), join(dir, 'other.yaml'));
  return dir;
}

describe('culture-audit team', () => {
  it('writes the Markdown and JSON reports and exits 0', () => {
    const out = tempDir();
    const result = runCli(['team', answers, '--group-by', 'role', '-o', join(out, 'team.md'), '--json', join(out, 'team.json')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('team.md');
    expect(result.stdout).toMatch(/team: 20 respondents, overall \d+\.\d \(Developing\)/);
    expect(readFileSync(join(out, 'team.md'), 'utf8')).toBe(sampleReport);
    const json = JSON.parse(readFileSync(join(out, 'team.json'), 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, respondents: 20, questionnaire: { id: 'service-culture' } });
    expect(Object.keys(json.overall)).toEqual(expect.arrayContaining(['mean', 'median', 'sd']));
    expect(Object.keys(json.sections[0])).toEqual(expect.arrayContaining(['id', 'n', 'mean', 'median', 'sd', 'min', 'max', 'alpha', 'bands']));
    expect(json.groups.map((g: { name: string }) => g.name)).toEqual(['front-line', 'manager', 'other']);
  });

  it.each([
    [['--fail-under', '90'], 1, /✖ team: overall \d+\.\d is below --fail-under 90/],
    [['--fail-on-red-flags'], 1, /✖ team: 4 distinct red flags, raised by 4 respondents \(--fail-on-red-flags\)/],
    [['--fail-under', '50'], 0, /^$/],
  ])('gates CI: %j exits %i', (flags, code, stderr) => {
    const result = runCli(['team', answers, '-o', '-', ...flags]);
    expect(result.code).toBe(code);
    // The summary line and its section bars go to stderr when the report takes stdout.
    expect(result.stderr.replace(/team: 20 respondents.*\n( {2}.*\n)*/, '')).toMatch(stderr);
    expect(result.stdout).toContain('# Service culture self-audit: team report');
  });

  it('fails on invalid inputs with every problem listed, and writes nothing', () => {
    const dir = mixedFolder();
    const out = join(tempDir(), 'team.md');
    const result = runCli(['team', dir, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'bad.yaml')}:`);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ answers\.leaders-model-service: must be a scale position 1\.\.5/);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ answers\.easy-to-do-business-with: must be a number from 0 to 10 \(got 12\)/);
    expect(result.stderr).toMatch(/other\.yaml:\d+:\d+ questionnaire: these answers are for "five-ways", not for "service-culture", the questionnaire they are checked against/);
    expect(result.stderr).not.toContain('Error:');
    expect(existsSync(out)).toBe(false);
  });

  it('skips invalid inputs with --skip-invalid, and says so', () => {
    const dir = mixedFolder();
    const result = runCli(['team', dir, '-o', '-', '--skip-invalid']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped 2 invalid inputs (--skip-invalid)');
    expect(result.stdout).toContain('- **Respondents:** 1;');
    expect(result.stdout).toContain('- **Skipped:** 2 invalid inputs');
    expect(result.stdout).not.toContain('bad.yaml');
  });

  it('names the line and column of a bad CSV cell, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,leaders-model-service,Role\r\nr1,Agree,owner\r\nr2,"Very\r\nmuch",manager\r\nr3,Often,manager\r\n');
    const result = runCli(['team', 'export.csv', '-q', 'service-culture', '-o', '-', '--allow-missing', 'all'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export.csv:3:2 column 2 "leaders-model-service": must be a scale position 1..5 or one of:');
    expect(result.stderr).toMatch(/export\.csv:5:2 column 2 .* \(got "Often"\)/);
    expect(result.stdout).toBe('');
  });

  it('appends a summary to GITHUB_STEP_SUMMARY', () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# Earlier step\n\n');
    const result = runCli(['team', answers, '-o', '-', '--fail-under', '90'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n\n### Service culture self-audit: team score ')).toBe(true);
    expect(text).toContain('| Complaints and getting it right |');
    expect(text).toContain('- ✖ team: overall');
  });

  it('refuses to overwrite without --force, before writing anything', () => {
    const out = tempDir();
    writeFileSync(join(out, 'team.json'), '{}');
    const result = runCli(['team', answers, '-o', join(out, 'team.md'), '--json', join(out, 'team.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('team.json already exists; use --force to replace it');
    expect(existsSync(join(out, 'team.md'))).toBe(false);
  });

  it('expands glob patterns the shell left alone', () => {
    const result = runCli(['team', 'examples/team/answers/manager-*.yaml', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- **Respondents:** 5;');
    expect(runCli(['team', 'examples/team/answers/nobody-*.yaml']).stderr).toContain('examples/team/answers/nobody-*.yaml: matches no file');
  });

  it.each([
    [['--group-by', 'name'], '--group-by name would show single people in the report'],
    [['--min-group', '0'], "option '--min-group <n>' argument '0' is invalid. must be a whole number from 1 to 1,000,000"],
    [['--min-group', '9999999999999999999'], "option '--min-group <n>' argument '9999999999999999999' is invalid. must be a whole number from 1 to 1,000,000"],
    [['--fail-under', '0x10'], "option '--fail-under <score>' argument '0x10' is invalid. must be a number from 0 to 100, such as 60 or 72.5"],
    [['--fail-under', '1e1'], "option '--fail-under <score>' argument '1e1' is invalid. must be a number from 0 to 100, such as 60 or 72.5"],
    [['-o', '-', '--json', '-'], '-o - and --json - cannot both use stdout'],
  ])('rejects %j with exit 2', (flags, message) => {
    // In a folder of its own: were a refusal to fail, the report it wrote would not land in the repository.
    const result = runCli(['team', answers, ...flags], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('has examples in --help', () => {
    const result = runCli(['team', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--group-by <attribute>');
  });
});
