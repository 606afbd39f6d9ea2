import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand, applyAsyncCommand } from '../../../src/cli/apply-result.js';
import { noticesCarriedBy, type CommandResult } from '../../../src/cli/command-result.js';
import { compareCommand } from '../../../src/cli/actions/compare.js';
import { importCommand } from '../../../src/cli/actions/import.js';
import { listCommand } from '../../../src/cli/actions/list.js';
import { reportCommand } from '../../../src/cli/actions/report.js';
import { schemaCommand } from '../../../src/cli/actions/schema.js';
import { scoreCommand } from '../../../src/cli/actions/score.js';
import { showCommand } from '../../../src/cli/actions/show.js';
import { teamCommand } from '../../../src/cli/actions/team.js';
import { templateCommand } from '../../../src/cli/actions/template.js';
import { trendCommand } from '../../../src/cli/actions/trend.js';
import { validateCommand } from '../../../src/cli/actions/validate.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';
import { memoryIo } from '../../helpers/memory-io.js';

// Each command is a function from its inputs and options (with a cwd) to a result: what to print,
// on which stream and in which order, the files to write, and the exit code. These tests call
// them directly: no process, no Io, and nothing is written unless the shell applies the result.

const example = (name: string) => join(repoRoot, 'examples', 'service-culture', `${name}.yaml`);
const text = (result: CommandResult, to: 'stdout' | 'stderr') => result.printed.filter((line) => line.to === to).map((line) => line.text);

/** An answer file that loads with a warning: its questionnaire's content hash has changed since. */
function warnedAnswers(dir: string): string {
  const file = join(dir, 'warned.yaml');
  const owner = readFileSync(example('owner'), 'utf8');
  writeFileSync(file, owner.replace(/^version: .*\n/m, (line) => `${line}questionnaireHash: sha256:${'0'.repeat(64)}\n`));
  return file;
}

function brokenAnswers(dir: string): string {
  const file = join(dir, 'broken.yaml');
  writeFileSync(file, 'questionnaire: service-culture\nanswers: [\n');
  return file;
}

describe('report, compare and trend return the document to print or the files to write', () => {
  it('report -o - prints the Markdown and writes nothing', () => {
    const result = reportCommand(example('owner'), { cwd: tempDir(), output: '-' });
    expect(result).toMatchObject({ notices: [], files: [], exitCode: 0 });
    expect(text(result, 'stdout')[0]).toMatch(/^# /);
  });

  it('report without -o plans the report and its charts under reports/, names them, and writes nothing yet', () => {
    const cwd = tempDir();
    const result = reportCommand(example('owner'), { cwd });
    expect(result.files.map((file) => file.path)).toEqual(
      ['service-culture-owner-anna.md', 'service-culture-owner-anna-radar.svg', 'service-culture-owner-anna-sections.svg'].map((name) => join(cwd, 'reports', name)),
    );
    expect(result.printed).toEqual([
      { to: 'stdout', text: join('reports', 'service-culture-owner-anna.md') },
      { to: 'stderr', text: `charts: ${join('reports', 'service-culture-owner-anna-radar.svg')}, ${join('reports', 'service-culture-owner-anna-sections.svg')}` },
    ]);
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('compare --json prints the comparison', () => {
    const result = compareCommand(example('front-line'), example('owner'), { cwd: tempDir(), json: true });
    expect(JSON.parse(text(result, 'stdout')[0] ?? '')).toMatchObject({ schemaVersion: 1 });
    expect(result.files).toEqual([]);
  });

  it('trend refuses fewer than three assessments', () => {
    expect(() => trendCommand([example('owner'), example('manager')], { cwd: tempDir() })).toThrow(/at least 3 assessments, got 2/);
  });
});

describe('a warning found before a later input fails', () => {
  it('travels on the error, and the shell prints it before the error goes on', () => {
    const dir = tempDir();
    const [warned, broken] = [warnedAnswers(dir), brokenAnswers(dir)];
    const error = catchError(() => compareCommand(warned, broken, { cwd: dir }));
    expect(noticesCarriedBy(error)).toEqual([expect.stringMatching(/^culture-audit: warning: .*warned\.yaml:\d+:\d+ questionnaireHash: "service-culture" has changed/)]);

    const io = memoryIo(dir);
    expect(() => applyCommand(io, (context) => compareCommand(warned, broken, { ...context }))).toThrow(error.constructor as ErrorConstructor);
    expect(io.stderr()).toMatch(/^culture-audit: warning: .*questionnaireHash/);
  });

  it('is a notice when nothing fails', () => {
    const dir = tempDir();
    const result = reportCommand(warnedAnswers(dir), { cwd: dir, output: '-' });
    expect(result.notices).toEqual([expect.stringContaining('culture-audit: warning: ')]);
    expect(result.exitCode).toBe(0);
  });

  it('travels on the error of a team whose later input is invalid', async () => {
    const dir = tempDir();
    const error = await teamCommand([warnedAnswers(dir), brokenAnswers(dir)], { cwd: dir, minGroup: 3 }).catch((caught: unknown) => caught);
    expect(noticesCarriedBy(error)).toEqual([expect.stringMatching(/^warning: .*questionnaireHash/)]);
    const io = memoryIo(dir);
    await expect(applyAsyncCommand(io, (context) => teamCommand([warnedAnswers(dir), brokenAnswers(dir)], { ...context, minGroup: 3 }))).rejects.toThrow();
    expect(io.stderr()).toMatch(/^warning: .*questionnaireHash/);
  });
});

describe('score and validate return their lines in the order a terminal shows them', () => {
  it('score: the summary on stdout, each missed threshold on stderr, exit code 1', () => {
    const result = scoreCommand([example('owner')], { cwd: tempDir(), failUnder: 100 });
    expect(result.exitCode).toBe(1);
    expect(result.printed.map((line) => line.to)).toEqual(['stdout', 'stderr']);
    expect(text(result, 'stderr')).toEqual([expect.stringMatching(/^✖ .*owner\.yaml: overall .* is below --fail-under 100$/)]);
  });

  it('validate: a line per file, the problems of an invalid one, then the count; exit code 2', async () => {
    const dir = tempDir();
    const result = await validateCommand([example('owner'), brokenAnswers(dir)], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.printed.map((line) => line.to)).toEqual(['stdout', 'stderr', 'stderr']);
    expect(result.printed[0]?.text).toMatch(/^✔ .*owner\.yaml {2}answers to service-culture: /);
    expect(result.printed[2]?.text).toBe('1 of 2 files invalid, 1 problem');
  });
});

describe('team and import plan their files; the shell writes them', () => {
  it('team: the report, charts and JSON to write, the summary, the step summary; progress goes to the callback', async () => {
    const cwd = tempDir();
    const progress: string[] = [];
    const result = await teamCommand([join(repoRoot, 'examples', 'team', 'answers')], { cwd, minGroup: 3, json: 'team.json', format: 'markdown', progress: (line) => progress.push(line) });
    expect(result.files.map((file) => file.path)).toEqual(['service-culture-team.md', 'service-culture-team-radar.svg', 'service-culture-team-sections.svg', 'service-culture-team-favourable-1.svg', 'service-culture-team-favourable-2.svg', 'service-culture-team-favourable-3.svg', 'service-culture-team-favourable-4.svg', 'service-culture-team-favourable-5.svg', 'service-culture-team-favourable-6.svg', 'service-culture-team-favourable-7.svg'].map((name) => join(cwd, 'reports', name)).concat(join(cwd, 'team.json')));
    expect(result).toMatchObject({ relativePaths: true, exitCode: 0, notices: [] });
    expect(text(result, 'stdout').slice(0, 2)).toEqual([join('reports', 'service-culture-team.md'), join('reports', 'service-culture-team-radar.svg')]);
    expect(result.stepSummary).not.toBe('');
    expect(progress.at(-1)).toBe('');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it.each([
    ['--json team.json: the JSON file alone', { json: 'team.json' }, ['team.json']],
    ['--json -: nothing written, stdout carries only the JSON', { json: '-' }, []],
    ['no --json: the report and its charts', {}, ['reports/service-culture-team.md', 'reports/service-culture-team-radar.svg', 'reports/service-culture-team-sections.svg', 'reports/service-culture-team-favourable-1.svg', 'reports/service-culture-team-favourable-2.svg', 'reports/service-culture-team-favourable-3.svg', 'reports/service-culture-team-favourable-4.svg', 'reports/service-culture-team-favourable-5.svg', 'reports/service-culture-team-favourable-6.svg', 'reports/service-culture-team-favourable-7.svg']],
    ['--json with -o: both', { json: 'team.json', output: 'x.md' }, ['x.md', 'x-radar.svg', 'x-sections.svg', 'x-favourable-1.svg', 'x-favourable-2.svg', 'x-favourable-3.svg', 'x-favourable-4.svg', 'x-favourable-5.svg', 'x-favourable-6.svg', 'x-favourable-7.svg', 'team.json']],
    ['-o without an ending: the format\'s ending added', { output: 'reports/x' }, ['reports/x.md', 'reports/x-radar.svg', 'reports/x-sections.svg', 'reports/x-favourable-1.svg', 'reports/x-favourable-2.svg', 'reports/x-favourable-3.svg', 'reports/x-favourable-4.svg', 'reports/x-favourable-5.svg', 'reports/x-favourable-6.svg', 'reports/x-favourable-7.svg']],
    ['--format json without an ending on -o', { output: 'out', format: 'json' }, ['out.json']],
  ])('team writes what is asked for: %s', async (_, asked, expected) => {
    const cwd = tempDir();
    const result = await teamCommand([join(repoRoot, 'examples', 'team', 'answers')], { cwd, minGroup: 3, ...asked });
    expect(result.files.map((file) => file.path)).toEqual(expected.map((path) => join(cwd, path)));
    if ('json' in asked && asked.json === '-') {
      const out = text(result, 'stdout');
      expect(out).toHaveLength(1);
      expect(JSON.parse(out[0] ?? '')).toMatchObject({ schemaVersion: 1 });
    }
  });

  it('import: one answer file per row, and the line that says where they went', async () => {
    const cwd = tempDir();
    const team = join(repoRoot, 'examples', 'team');
    const result = await importCommand(join(team, 'form-export.csv'), { cwd, map: join(team, 'form-export.map.yaml'), output: 'answers' });
    expect(result.files.length).toBeGreaterThan(1);
    expect(result.files.every((file) => file.path.startsWith(join(cwd, 'answers')) && file.content.includes('questionnaire:'))).toBe(true);
    expect(result.printed).toEqual([{ to: 'stdout', text: `wrote ${result.files.length} answer files to answers` }]);
  });

  it('template -o plans the file and says so on stderr; the shell writes it', () => {
    const cwd = tempDir();
    const result = templateCommand('service-culture', { cwd, output: 'blank.yaml' });
    expect(result.files).toEqual([{ path: join(cwd, 'blank.yaml'), content: expect.stringContaining('questionnaire: service-culture') }]);
    expect(result.printed).toEqual([{ to: 'stderr', text: 'Wrote blank.yaml' }]);
    const io = memoryIo(cwd);
    expect(applyCommand(io, (context) => templateCommand('service-culture', { ...context, output: 'blank.yaml' }))).toBe(0);
    expect(readFileSync(join(cwd, 'blank.yaml'), 'utf8')).toBe(result.files[0]?.content);
    expect(io.stderr()).toBe('Wrote blank.yaml');
  });
});

describe('relative inputs are read from cwd, and named as given', () => {
  it('report, score, validate, team and import', async () => {
    const cwd = tempDir();
    warnedAnswers(cwd);
    copyFileSync(join(repoRoot, 'examples', 'team', 'form-export.csv'), join(cwd, 'export.csv'));
    copyFileSync(join(repoRoot, 'examples', 'team', 'form-export.map.yaml'), join(cwd, 'export.map.yaml'));
    expect(reportCommand('warned.yaml', { cwd, output: '-' }).notices).toEqual([expect.stringMatching(/^culture-audit: warning: warned\.yaml:\d+:\d+ /)]);
    expect(scoreCommand(['warned.yaml'], { cwd }).exitCode).toBe(0);
    expect((await validateCommand(['warned.yaml'], { cwd })).printed[0]?.text).toMatch(/^✔ warned\.yaml {2}answers to service-culture/);
    expect((await teamCommand(['warned.yaml'], { cwd, minGroup: 3, output: '-' })).notices).toEqual([expect.stringMatching(/^warning: warned\.yaml:/)]);
    expect((await importCommand('export.csv', { cwd, map: 'export.map.yaml', output: 'answers' })).files.length).toBeGreaterThan(1);
  });
});

describe('list, show and schema only print', () => {
  it.each([
    ['list --json', () => listCommand({ cwd: tempDir(), json: true }), /"questionnaires"/],
    ['show', () => showCommand('service-culture', { cwd: tempDir() }), /service/i],
    ['schema', () => schemaCommand('answers'), /"\$schema"/],
  ])('%s', (_name, command, expected) => {
    const result = command();
    expect(result).toMatchObject({ notices: [], files: [], exitCode: 0 });
    expect(text(result, 'stdout')[0]).toMatch(expected);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
