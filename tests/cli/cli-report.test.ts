import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const answers = join(repoRoot, 'tests/fixtures/scoring/answers.yaml');
const mini = join(repoRoot, 'tests/fixtures/scoring/mini.yaml');

describe('culture-audit report', () => {
  it('writes reports/<questionnaire>-<respondent id>.md by default and prints the path', () => {
    const cwd = tempDir();
    const result = runCli(['report', answers, '-q', mini], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join('reports', 'mini-r-1.md'));
    const report = readFileSync(join(cwd, 'reports', 'mini-r-1.md'), 'utf8');
    expect(report).toContain('**Overall score: 50.0 out of 100, Mid.**');
    expect(report).toContain('| Beta | 1 | 75.0 | Pass | 80% |');
    expect(report).toContain('- **Leaders are out of reach.**');
    expect(markdownProblems(report)).toEqual([]);
  });

  it('refuses to overwrite without --force, and replaces with it', () => {
    const cwd = tempDir();
    const out = join(cwd, 'r.md');
    writeFileSync(out, 'keep me');
    const refused = runCli(['report', answers, '-q', mini, '-o', out], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; use --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(runCli(['report', answers, '-q', mini, '-o', out, '--force'], { cwd }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Mini audit/);
    expect(readdirSync(cwd).sort()).toEqual(['r-radar.svg', 'r-sections.svg', 'r.md']); // no temporary files left behind
  });

  it('writes to stdout with -o - and nothing to disk', () => {
    const cwd = tempDir();
    const result = runCli(['report', answers, '-q', mini, '-o', '-'], { cwd });
    expect(result.stdout).toMatch(/^# Mini audit\n/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('writes nothing when the answers are invalid', () => {
    const cwd = tempDir();
    const bad = join(cwd, 'bad.yaml');
    writeFileSync(bad, 'questionnaire: mini\nanswers:\n  l1: 9\n');
    const result = runCli(['report', bad, '-q', mini], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yaml:3:7 answers.l1: must be a scale position 1..5');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('escapes respondent text so it cannot break tables or inject markup', () => {
    const cwd = tempDir();
    const file = join(cwd, 'evil.yaml');
    writeFileSync(
      file,
      [
        'questionnaire: mini',
        'respondent: { id: "../../etc/passwd", name: "<script>alert(1)</script>", role: "# boss | x", team: "[click](http://evil.example)" }',
        'answers:',
        '  l1: 4',
        '  t1: "| a | b |\\n# heading\\n- item\\n![img](x.png) `code` <b>bold</b>"',
      ].join('\n'),
    );
    const result = runCli(['report', file, '-q', mini], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join('reports', 'mini-etc-passwd.md')); // the name cannot leave reports/
    const report = readFileSync(join(cwd, 'reports', 'mini-etc-passwd.md'), 'utf8');
    expect(markdownProblems(report)).toEqual([]);
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (# boss \\| x, \\[click\\](http:\\/\\/evil.example))');
    expect(report).toContain('> \\| a \\| b \\|\n> \\# heading\n> \\- item\n> !\\[img\\](x.png) \\`code\\` &lt;b&gt;bold&lt;/b&gt;');
    const withoutCharts = report.replace(/^!\[[\w ]+\]\(mini-etc-passwd-(radar|sections)\.svg\)$/gm, '');
    expect(withoutCharts).not.toMatch(/<script|<b>|(?<!\\)\]\(/); // no raw tag, no unescaped link
  });
});

describe('culture-audit template', () => {
  it('writes a blank answer file that validates, and scores once filled in', () => {
    const cwd = tempDir();
    const file = join(cwd, 'a.yaml');
    expect(runCli(['template', 'service-culture', '-o', file]).code).toBe(0);
    const blank = readFileSync(file, 'utf8');
    expect(blank).toMatch(/^questionnaire: service-culture$/m);
    expect(blank).toMatch(/^ {2}leaders-model-service:$/m);
    expect(blank).toMatch(/# {3}likert: 1 Strongly disagree · 2 Disagree/);
    expect(runCli(['validate', file]).code).toBe(0);
    writeFileSync(file, blank.replace(/^ {2}leaders-model-service:$/m, '  leaders-model-service: 5'));
    const json = JSON.parse(runCli(['score', file, '--json']).stdout);
    expect(json.items.find((i: { id: string }) => i.id === 'leaders-model-service').score).toBe(1);
  });

  it('refuses to overwrite an existing file without --force', () => {
    const cwd = tempDir();
    const file = join(cwd, 'a.yaml');
    writeFileSync(file, 'mine');
    expect(runCli(['template', 'five-ways', '-o', file]).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});

describe('culture-audit list and show', () => {
  it('lists built-in and local questionnaires, in JSON too', () => {
    const cwd = tempDir();
    const local = join(cwd, 'questionnaires');
    mkdirSync(local);
    copyFileSync(mini, join(local, 'mini.yaml'));
    const result = runCli(['list', '--json'], { cwd });
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout).questionnaires.map((q: { id: string; origin: string; questions: number }) => [q.id, q.origin, q.questions]);
    expect(listed).toEqual([
      ['mini', 'local', 8],
      ['five-ways-customers', 'built-in', 27],
      ['five-ways', 'built-in', 25],
      ['pulse', 'built-in', 9],
      ['service-culture', 'built-in', 38],
      ['who-is-your-customer', 'built-in', 23],
    ]);
    expect(runCli(['list'], { cwd }).stdout).toMatch(/^mini\s+1\s+3\s+8\s+questionnaires\/mini.yaml\s+Mini audit$/m);
  });

  it('shows a questionnaire with types, answers, weights and marks', () => {
    const result = runCli(['show', mini]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1. Alpha  weight 2 · 3 questions · id alpha');
    expect(result.stdout).toContain('l2 · likert · weight 1 · reverse-keyed');
    expect(result.stdout).toContain('g1 · likert · weight 1 · critical at ≤ 0.25 · n/a allowed');
    expect(result.stdout).toContain('Answers: any of: Phone (2) · Email (1) · Chat (1) · None (0)');
  });
});
