import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const mini = ['tests/fixtures/scoring/answers.yaml', '--questionnaire', 'tests/fixtures/scoring/mini.yaml'];

describe('culture-audit score', () => {
  it('--json gives the documented object with the hand-computed scores of the mini fixture', () => {
    const result = runCli(['score', ...mini, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.questionnaire).toEqual({ id: 'mini', version: 1, title: 'Mini audit' });
    expect(json.respondent).toEqual({ id: 'r-1', name: 'Dana', role: 'manager', team: 'north' });
    // overall (2×62.5 + 1×75 + 1×0)/4 = 50; coverage (2×1 + 1×0.8 + 1×1)/4 = 0.95
    expect(json.overall.score).toBeCloseTo(50, 12);
    expect(json.overall.band).toBe('Mid');
    expect(json.overall.coverage).toBeCloseTo(0.95, 12);
    expect(json.sections.map((s: { id: string; score: number; band: string }) => [s.id, s.score, s.band])).toEqual([
      ['alpha', 62.5, 'Mid'], // 100 × (2×0.75 + 0.75 + 0.25)/4
      ['beta', 75, 'Pass'], // 100 × (3×0.75 + 0.75)/4, own rubric
      ['gamma', 0, 'Low'],
    ]);
    expect(json.items.find((i: { id: string }) => i.id === 'l2')).toMatchObject({ section: 'alpha', score: 0.75, status: 'answered', answer: 'Disagree' });
    expect(json.items.find((i: { id: string }) => i.id === 'y1')).toMatchObject({ score: null, status: 'na' });
    expect(json.redFlags).toEqual([{ question: 'g1', section: 'gamma', message: 'Leaders are out of reach.', score: 0, answer: 'No' }]);
  });

  it('prints a compact summary: overall, band, coverage, a bar per section and red flags (ASCII without colour)', () => {
    const result = runCli(['score', ...mini]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Mini audit · Dana (manager, north) · 2026-11-20');
    expect(result.stdout).toContain('Overall 50.0 Mid   coverage 95%');
    expect(result.stdout).toMatch(/ {2}Alpha {2}#+-+ {2}62\.5 Mid/);
    expect(result.stdout).toContain('! Leaders are out of reach. [g1: No]');
    expect(result.stdout).not.toMatch(/\u001b/);
  });

  it('exits 1 when an overall score is below --fail-under, naming the file', () => {
    const result = runCli(['score', ...mini, '--fail-under', '50.1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/scoring/answers.yaml: overall 50.0 is below --fail-under 50.1');
    expect(runCli(['score', ...mini, '--fail-under', '50']).code).toBe(0); // 50 is not below 50
  });

  it('exits 1 with --fail-on-red-flags when a red flag is raised', () => {
    const result = runCli(['score', ...mini, '--fail-on-red-flags']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 red flag (--fail-on-red-flags)');
    expect(runCli(['score', 'examples/service-culture/owner.yaml', '--fail-on-red-flags']).code).toBe(0);
  });

  it('scores several files, an array in JSON', () => {
    const result = runCli(['score', 'examples/service-culture/owner.yaml', 'examples/service-culture/front-line.yaml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.map((j: { respondent: { id: string } }) => j.respondent.id)).toEqual(['owner-anna', 'front-line-cara']);
    expect(json[0].overall.score).toBeGreaterThan(json[1].overall.score);
  });

  it('exits 2 when any file is invalid, and prints no scores', () => {
    const result = runCli(['score', 'examples/service-culture/owner.yaml', 'tests/fixtures/broken-questionnaire/ten-ways.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('score --json on a sample answer file, checked by hand', () => {
  it('scores the Reliable section of examples/five-ways/front-line.yaml', () => {
    const json = JSON.parse(runCli(['score', 'examples/five-ways/front-line.yaml', '--json']).stdout);
    const item = (id: string) => json.items.find((i: { id: string }) => i.id === id).score;
    expect(item('promises-kept-on-time')).toBe(0.5); // Sometimes, 3 of 5 on the frequency scale: (3-1)/4
    expect(item('same-quality-whoever-serves')).toBe(0.25); // Disagree, 2 of 5: (2-1)/4
    expect(item('jobs-right-first-time')).toBeCloseTo(0.7, 12); // rating 7 on 0..10
    expect(item('deadlines-missed-without-warning')).toBe(0.5); // Sometimes, 3 of 5, reversed: 1 - 0.5
    expect(item('call-backs-happen')).toBe(0.5); // Sometimes, 3 of 5
    // five-ways v2 weighs every question 1: 100 × (0.5 + 0.25 + 0.7 + 0.5 + 0.5) / 5 = 100 × 2.45/5 = 49.0
    const reliable = json.sections.find((s: { id: string }) => s.id === 'reliable');
    expect(reliable.score).toBeCloseTo(245 / 5, 9);
    expect(reliable.band).toBe('At risk'); // below 50
  });
});
