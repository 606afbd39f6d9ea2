import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/scoring.js';
import { runCli } from '../helpers/cli.js';

// Answer files written for version 1 of a questionnaire now at version 2 (tests/fixtures/version-change):
// version 2 dropped question "old-q" and replaced q2's option "Often". Every command that reads
// answer files loads them with warnings and scores them against the current questions.

const cwd = fixturePath('version-change');
const run = (...args: string[]) => runCli([...args, '-q', 'moved.yaml'], { cwd });

const VERSION = 'these answers are for version 1 of "moved", now version 2; they are scored against the current questions';
const ANN_WARNINGS = [
  `ann-v1.yaml:2:10 version: ${VERSION}: answers to questions it no longer has are skipped, and answers that no longer fit are left unanswered`,
  'ann-v1.yaml:4:1 answers: answers to a question the questionnaire no longer has are skipped: "old-q"; "moved" is version 2 now, these answers are for version 1',
  'ann-v1.yaml:6:7 answers.q2: must be one of: Never, Sometimes, Always (got "Often"); left unanswered, since "moved" is version 2 now, these answers are for version 1',
];
const warned = (stderr: string) => stderr.split('\n').filter((line) => line !== '').map((line) => line.replace(/^(culture-audit: )?warning: /, ''));

describe('answer files for an older version of their questionnaire', () => {
  it('score: warns once per skipped answer and scores the rest against the current questions', () => {
    const result = run('score', 'ann-v1.yaml', '--json');
    expect(result.code).toBe(0);
    expect(warned(result.stderr)).toEqual(ANN_WARNINGS);
    const card = JSON.parse(result.stdout) as { overall: { score: number; coverage: number }; sections: { id: string; score: number }[] };
    // s1: q1 "Agree" is position 4 of 5 → (4-1)/(5-1) = 0.75 → 75; q2 ("Often") is left unanswered.
    // s2: m1 [Phone], sum rule → 1 / (1 + 1) = 0.5 → 50.
    // Overall: (75 + 50) / 2 = 62.5. Coverage: 3 of the 4 equally weighted questions answered = 0.75.
    expect(card.sections.map((section) => [section.id, section.score])).toEqual([['s1', 75], ['s2', 50]]);
    expect(card.overall.score).toBe(62.5);
    expect(card.overall.coverage).toBe(0.75);
  });

  it('validate, report, compare and team go on with the same warnings', () => {
    for (const args of [
      ['validate', 'ann-v1.yaml'],
      ['report', 'ann-v1.yaml', '-o', '-'],
      ['compare', 'ann-v1.yaml', 'bob-v1.yaml', '-o', '-'],
      ['team', 'ann-v1.yaml', 'bob-v1.yaml', '-o', '-'],
    ]) {
      const result = run(...args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(warned(result.stderr).slice(0, 3)).toEqual(ANN_WARNINGS);
      expect(result.stdout).not.toBe('');
    }
  });

  it('team: scores each old file against the current questions', () => {
    const result = run('team', 'ann-v1.yaml', 'bob-v1.yaml', '--json', '-');
    expect(result.code).toBe(0);
    // bob's answers all still fit: only the version warning.
    // stderr ends in the terminal summary; the warnings come first.
    expect(warned(result.stderr).slice(0, 4)).toEqual([...ANN_WARNINGS, `bob-v1.yaml:2:10 version: ${VERSION}: answers to questions it no longer has are skipped, and answers that no longer fit are left unanswered`]);
    const team = JSON.parse(result.stdout) as { overall: { mean: number } };
    // ann 62.5 (above). bob: s1 = (q1 "Strongly agree" 1 + q2 "Always" (2-0)/(2-0) = 1) / 2 → 100;
    // s2 = m1 [Phone, Email] (1 + 1) / 2 = 1 → 100; overall 100. Mean (62.5 + 100) / 2 = 81.25.
    expect(team.overall.mean).toBe(81.25);
  });

  it('holds an answer file for the current version to every rule', () => {
    const result = run('score', 'cat-v2.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('cat-v2.yaml:6:7 answers.q2: must be one of: Never, Sometimes, Always (got "Often")');
  });
});
