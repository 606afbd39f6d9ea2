import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { TmuxTerminal, tmuxAvailable } from '../helpers/tmux.js';

// The nps question type through every command a person would use on it (its reading, scoring,
// rules and the Net Promoter Score: tests/unit/question-types/nps.test.ts). Fixture: tests/fixtures/nps
// (one nps and one yes/no question; ten respondents, of whom nine answered the nps question: 10,
// 10, 9, 9, 8, 7, 7, 6, 2).

const fixture = join(repoRoot, 'tests/fixtures/nps');

describe('culture-audit with an nps question (built CLI)', () => {
  const run = (args: string[]) => runCli(args, { cwd: fixture });

  it('validates, and template says what an answer may be', () => {
    expect(run(['validate', 'questionnaires/referral-check.yaml']).code).toBe(0);
    const template = run(['template', 'referral-check', '-o', '-']);
    expect(template.code).toBe(0);
    expect(template.stdout).toContain('nps: a whole number from 0 (not at all likely) to 10 (extremely likely)');
  });

  it('scores one respondent: an answer of 7 is an item score of 70', () => {
    // r06 answered 7 (0.7) and "yes" (1): section = 100 × (0.7 + 1) / 2 = 85.0.
    const result = run(['score', 'answers/r06.yaml', '--json']);
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout).scorecards?.[0] ?? JSON.parse(result.stdout);
    expect(card.overall.score).toBeCloseTo(85, 10);
  });

  it('reports the team NPS in Markdown, in JSON and on the terminal', () => {
    const out = tempDir();
    const result = run(['team', 'answers', '-o', join(out, 'team.md'), '--json', join(out, 'team.json')]);
    expect(result.code).toBe(0);
    // Promoters 4 of 9 (44%), passives 3 (33%), detractors 2 (22%): NPS = 100 × (4 − 2) / 9 = +22.2.
    const json = JSON.parse(readFileSync(join(out, 'team.json'), 'utf8'));
    const item = json.items.find((i: { id: string }) => i.id === 'enps');
    expect(item.nps.n).toBe(9);
    expect(item.nps.score).toBeCloseTo(200 / 9, 12);
    expect(item.nps.promoters).toBeCloseTo(4 / 9, 12);
    expect(item.nps.passives).toBeCloseTo(3 / 9, 12);
    expect(item.nps.detractors).toBeCloseTo(2 / 9, 12);
    expect(json.items.find((i: { id: string }) => i.id === 'treated-well')).not.toHaveProperty('nps');
    const markdown = readFileSync(join(out, 'team.md'), 'utf8');
    expect(markdown).toContain('## Net Promoter Score');
    expect(markdown).toContain('| How likely are you to recommend working here to a friend? | 9 | 44% | 33% | 22% | +22.2 |');
    expect(result.stdout).toMatch(/^  Net Promoter Score \+22\.2 \(n 9\)  How likely are you to recommend working/m);
  });

  it('refuses an answer out of range with file:line:col and exit 2', () => {
    const dir = tempDir();
    cpSync(join(fixture, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'questionnaire: referral-check\nanswers:\n  enps: 11\n');
    const result = runCli(['score', 'bad.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yaml:3:9 answers.enps: must be a whole number from 0 to 10 (got 11)');
  });
});

describe.skipIf(!tmuxAvailable)('run with an nps question in a real terminal (tmux)', () => {
  const terminal = new TmuxTerminal();
  afterAll(() => terminal.stop());

  it('refuses 11 on screen, takes 9, and saves it', async () => {
    const cwd = tempDir();
    cpSync(join(fixture, 'questionnaires'), join(cwd, 'questionnaires'), { recursive: true });
    const pane = terminal.start(cwd, `node ${join(repoRoot, 'bin/culture-audit.js')} run referral-check -o a.yaml --anonymous --role staff --team x`);
    await pane.waitFor('Type a number from 0 (not at all likely) to 10 (extremely likely)');
    pane.type('11');
    pane.keys('Enter');
    await pane.waitFor('Must be a whole number from 0 to 10 (got "11")');
    pane.keys('BSpace', 'BSpace');
    pane.type('9');
    pane.keys('Enter');
    await pane.waitFor('Question 2 of 2 ');
    pane.keys('1', 'Enter');
    await pane.waitFor('Review your answers');
    pane.keys('Enter');
    await pane.waitFor('EXIT=0');
    expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toMatch(/^ {2}enps: 9$/m);
  });
});
