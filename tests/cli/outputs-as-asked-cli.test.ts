import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// Issue 18, items 8 and 9: a command writes what it is asked for and nothing else, names paths as
// they were given, and its reports carry no row of dashes and no folder of the machine they ran on.

const answers = join(repoRoot, 'examples/team/answers');
const history = (name: string) => join(repoRoot, 'examples/history/service-culture', name);
const manager = join(repoRoot, 'examples/service-culture/manager.yaml');
const fiveWays = ['front-line', 'manager', 'owner'].map((name) => join(repoRoot, 'examples/five-ways', `${name}.yaml`));

describe('outputs as asked', () => {
  it('team --json - prints the JSON alone and writes nothing, so a second run in the same folder works too', () => {
    const cwd = tempDir();
    for (const run of [1, 2]) {
      const result = runCli(['team', answers, '--json', '-'], { cwd });
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1, respondents: 20 });
      expect(result.stderr).toContain('team: 20 respondents');
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('team --json <file> writes the JSON alone; -o or --format adds the report', () => {
    const cwd = tempDir();
    expect(runCli(['team', answers, '--json', 'team.json'], { cwd }).code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['team.json']);
    expect(runCli(['team', answers, '--json', 'team.json', '--format', 'markdown', '--force'], { cwd }).code).toBe(0);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['service-culture-team-favourable-1.svg', 'service-culture-team-favourable-2.svg', 'service-culture-team-favourable-3.svg', 'service-culture-team-favourable-4.svg', 'service-culture-team-favourable-5.svg', 'service-culture-team-favourable-6.svg', 'service-culture-team-favourable-7.svg', 'service-culture-team-radar.svg', 'service-culture-team-sections.svg', 'service-culture-team.md']);
  });

  it('compare --json and trend --json print JSON and write nothing', () => {
    const cwd = tempDir();
    const compare = runCli(['compare', history('manager-2026-08.yaml'), manager, '--json'], { cwd });
    const trend = runCli(['trend', history('manager-2026-02.yaml'), history('manager-2026-05.yaml'), manager, '--json'], { cwd });
    for (const result of [compare, trend]) {
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1 });
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('the step summary and the gate name what they count: respondents, responses with a red flag, distinct red flags', () => {
    const cwd = tempDir();
    const summary = join(cwd, 'summary.md');
    const result = runCli(['team', answers, '--json', '-', '--fail-on-red-flags'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    // By hand: `score --json` on each of the 20 files; 4 of them raise a red flag (4 in all: red flags now fire only at
    // the most telling answer, e.g. "The internal target" or "Strongly disagree"), each on a different question.
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('\n20 respondents; 4 responses with a red flag; 4 distinct red flags.\n');
    expect(text).toContain('- ✖ team: 4 distinct red flags, raised by 4 respondents (--fail-on-red-flags)');
    expect(result.stderr).toContain('✖ team: 4 distinct red flags, raised by 4 respondents (--fail-on-red-flags)');
  });
});

describe('paths as given', () => {
  it.each([
    ['report', [manager]],
    ['team', [answers]],
    ['compare', [history('manager-2026-08.yaml'), manager]],
  ])('%s -o /dev/null is refused in words, naming /dev/null as given (no /dev/null.md either)', (command, inputs) => {
    const cwd = tempDir();
    const result = runCli([command, ...inputs, '-o', '/dev/null'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('culture-audit: cannot write /dev/null: it is a character device, not a file, and is never replaced; give a file name (-o - writes to stdout)\n');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('-o without an ending gets the format\'s, the charts named alike; a second run names the report as given', () => {
    const cwd = tempDir();
    expect(runCli(['report', manager, '-o', 'reports/x'], { cwd }).code).toBe(0);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['x-radar.svg', 'x-sections.svg', 'x.md']);
    const again = runCli(['report', manager, '-o', 'reports/x'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('culture-audit: reports/x.md already exists; use --force to replace it\n');
    expect(runCli(['team', answers, '-o', 'out', '--format', 'json'], { cwd }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('-o naming a folder is refused with a file name to give instead', () => {
    const cwd = tempDir();
    const result = runCli(['team', answers, '-o', '.'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('culture-audit: cannot write .: it is a folder; give a file name');
  });

  it('compare -o and trend -o name their inputs by file name, never by the folders they sit in', () => {
    const cwd = tempDir();
    expect(runCli(['compare', history('manager-2026-08.yaml'), manager, '-o', 'compare.md'], { cwd }).code).toBe(0);
    expect(runCli(['trend', history('manager-2026-02.yaml'), history('manager-2026-05.yaml'), manager, '-o', 'trend.md'], { cwd }).code).toBe(0);
    const compare = readFileSync(join(cwd, 'compare.md'), 'utf8');
    const trend = readFileSync(join(cwd, 'trend.md'), 'utf8');
    expect(compare).toContain('- **Before:** Ben Adeyemi (manager, north-store), 2026-08-20 (manager-2026-08.yaml)');
    expect(trend).toContain('(manager-2026-02.yaml)');
    for (const report of [compare, trend]) {
      expect(report).not.toContain(repoRoot);
      expect(report).not.toContain(cwd);
    }
  });
});

describe('small defects', () => {
  it('compare and trend tables leave out a section of open questions only, in every format', () => {
    const [frontLine, managerFive, owner] = fiveWays as [string, string, string];
    const outputs = [
      runCli(['compare', owner, managerFive, '-o', '-']),
      runCli(['compare', owner, managerFive]),
      runCli(['trend', frontLine, owner, managerFive, '-o', '-']),
      runCli(['trend', frontLine, owner, managerFive]),
    ];
    for (const result of outputs) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Empathetic');
      expect(result.stdout).not.toContain('Open questions');
    }
  });

  it('template -o anywhere points $schema at the schema this installation ships, and it resolves from there', () => {
    const cwd = tempDir();
    for (const output of ['elsewhere/q1.yaml', 'answers/a.yaml', join(tempDir(), 'deep', 'er', 'q.yaml')]) {
      expect(runCli(['template', 'service-culture', '-o', output], { cwd }).code).toBe(0);
      const file = resolve(cwd, output);
      const schema = /\$schema=(\S+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect(schema).toMatch(/^\.{1,2}\//);
      expect(resolve(dirname(file), schema)).toBe(join(repoRoot, 'schema', 'answers.schema.json'));
    }
  });

  it('template printed assumes answers/ in the folder it runs in, as run saves there', () => {
    const result = runCli(['template', 'service-culture']);
    expect(result.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/answers.schema.json');
  });
});

describe('--min-group', () => {
  it('below 3 is refused without --allow-small-groups, and nothing is written', () => {
    const cwd = tempDir();
    const result = runCli(['team', answers, '--group-by', 'role', '--min-group', '1'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "culture-audit: --min-group 1 would show groups of fewer than 3 respondents, whose scores can be one person's; add --allow-small-groups to show them anyway\n",
    );
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('with --allow-small-groups every group is shown, and the report says so', () => {
    const result = runCli(['team', answers, '--group-by', 'role', '--min-group', '1', '--allow-small-groups', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('every group is shown, however small (--min-group 1)');
  });

  it('every team report states the threshold, grouped or not', () => {
    expect(runCli(['team', answers, '-o', '-']).stdout).toContain(
      '- **Anonymity:** the whole team only (no --group-by); groups smaller than 3 respondents would be merged into "other" (--min-group 3)',
    );
    expect(runCli(['team', answers, '--group-by', 'role', '--min-group', '4', '-o', '-']).stdout).toContain('groups of fewer than 4 respondents are never shown on their own');
  });
});
