import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { fixturePath } from '../helpers/scoring.js';

const fiveWays = readFileSync(join(repoRoot, 'questionnaires', 'five-ways.yaml'), 'utf8');
const examples = join(repoRoot, 'examples', 'five-ways');

/** A working folder with `five-ways` saved as questionnaires/<name> under another id. */
function folderWith(files: Record<string, string>): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'questionnaires'));
  for (const [name, id] of Object.entries(files)) writeFileSync(join(cwd, 'questionnaires', name), fiveWays.replace(/^id: five-ways$/m, `id: ${id}`));
  return cwd;
}

/** The five-ways example answer files, rewritten to name the questionnaire `id`, in <cwd>/answers. */
function exampleAnswers(cwd: string, id: string): string {
  const dir = join(cwd, 'answers');
  mkdirSync(dir);
  for (const name of readdirSync(examples)) {
    writeFileSync(join(dir, name), readFileSync(join(examples, name), 'utf8').replace(/^questionnaire: five-ways$/m, `questionnaire: ${id}`));
  }
  return dir;
}

/** The first line of `score` after the title: the overall score, the same whatever the questionnaire is called. */
const overallLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('Overall'));

describe('a questionnaire is named by the id inside its file (questionnaires/acme.yaml holds id: acme-audit)', () => {
  it('list, template, score of the filled template and team all take acme-audit', () => {
    const cwd = folderWith({ 'acme.yaml': 'acme-audit' });
    const run = (...args: string[]) => runCli(args, { cwd });

    expect(run('list').stdout).toMatch(/^acme-audit +2 +6 +25 +questionnaires\/acme\.yaml/m);

    const template = run('template', 'acme-audit', '-o', 'blank.yaml');
    expect(template.stderr).toBe('Wrote blank.yaml\n');
    expect(template.code).toBe(0);
    const blank = parse(readFileSync(join(cwd, 'blank.yaml'), 'utf8')) as Record<string, unknown>;
    expect(blank.questionnaire).toBe('acme-audit');
    const owner = parse(readFileSync(join(examples, 'owner.yaml'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(cwd, 'filled.yaml'), stringify({ ...blank, respondent: owner.respondent, answers: owner.answers }));
    const score = run('score', 'filled.yaml');
    expect(score.stderr).toBe('');
    expect(score.code).toBe(0);
    expect(overallLine(score.stdout)).toBe(overallLine(runCli(['score', join(examples, 'owner.yaml')]).stdout));

    const answers = exampleAnswers(cwd, 'acme-audit');
    const expected = runCli(['team', examples, '--format', 'json', '-o', '-']);
    for (const args of [['team', answers], ['team', answers, '-q', 'acme-audit']]) {
      const team = run(...args, '--format', 'json', '-o', '-');
      expect(team.code).toBe(0);
      expect(team.stderr).toBe(expected.stderr);
      const sections = (json: string) => (JSON.parse(json) as { sections: unknown }).sections;
      expect(sections(team.stdout)).toEqual(sections(expected.stdout));
    }
  });

  it('suggests the id when the file name is typed for it', () => {
    const result = runCli(['template', 'acme'], { cwd: folderWith({ 'acme.yaml': 'acme-audit' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown questionnaire "acme" (did you mean "acme-audit"?); available: acme-audit, five-ways-customers, five-ways,');
  });

  it('refuses two local files with one id, naming both (exit 2)', () => {
    const cwd = folderWith({ 'acme.yaml': 'acme-audit', 'acme-copy.yaml': 'acme-audit' });
    const result = runCli(['show', 'acme-audit'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'culture-audit: questionnaire id "acme-audit" is declared by 2 files: questionnaires/acme-copy.yaml, questionnaires/acme.yaml. ' +
        'Give each questionnaire its own id, or name one by path.\n',
    );
  });

  it('lets a local id shadow the built-in with that id', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'questionnaires'));
    writeFileSync(join(cwd, 'questionnaires', 'ours.yaml'), fiveWays.replace(/^title: .*$/m, 'title: Our own five ways'));
    expect(runCli(['show', 'five-ways'], { cwd }).stdout).toContain('Our own five ways');
    const listed = runCli(['list'], { cwd }).stdout;
    expect(listed).toMatch(/^five-ways .* questionnaires\/ours\.yaml +Our own five ways$/m);
    expect(listed).not.toMatch(/^five-ways .* built-in/m);
  });

  it('scores a questionnaire with item-code ids named by its id (SAMM.Lite-2)', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'questionnaires'));
    writeFileSync(join(cwd, 'questionnaires', 'codes.yaml'), readFileSync(fixturePath('item-code-ids', 'codes.yaml')));
    writeFileSync(join(cwd, 'answers.yaml'), readFileSync(fixturePath('item-code-ids', 'answers.yaml')));
    const result = runCli(['score', 'answers.yaml', '--json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout) as { overall: { score: number }; sections: { id: string; score: number }[] };
    // Worked in tests/unit/questionnaire/item-code-ids.test.ts: D-SA 62.5, E.2 37.5, overall 50.
    expect(card.sections.map((s) => [s.id, s.score])).toEqual([['D-SA', 62.5], ['E.2', 37.5]]);
    expect(card.overall.score).toBe(50);
  });
});
