import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { progressDir } from '../helpers/progress.js';
import { byClass, findAll, parseXml } from '../helpers/svg.js';

// Teams of one respondent have that respondent's scores as their means, so the hand-computed
// answer-file expectations hold: q1 → q2 overall 31.25 → 70.833, lead 25 → 66.667, care 25 → 100.
const dir = tempDir();
const run = (args: string[]) => runCli(args, { cwd: dir });

beforeAll(() => {
  cpSync(progressDir, dir, { recursive: true });
  for (const q of ['q1', 'q2', 'q3']) {
    const result = run(['team', `${q}.yaml`, '-o', `team-${q}.md`, '--json', `team-${q}.json`]);
    expect(result.code).toBe(0);
  }
});

describe('compare and trend on team JSON files', () => {
  it('compare gives the same deltas as the answer files', () => {
    const json = JSON.parse(run(['compare', 'team-q1.json', 'team-q2.json', '--json']).stdout);
    expect(json.overall.delta).toBeCloseTo(70.8333 - 31.25, 3);
    expect(json.sections.map((s: { id: string; delta: number }) => [s.id, Number(s.delta.toFixed(3))])).toEqual([
      ['lead', 41.667],
      ['care', 75],
      ['people', 0],
    ]);
    expect(json.movedMost).toEqual(['c2', 'l1', 'l2']); // item means 0 → 100, 25 → 75, 25 → 50
    expect(json.redFlags.resolved.map((f: { question: string }) => f.question)).toEqual(['l2', 'c2']);
    expect(json.before).toMatchObject({ label: 'team of 1', date: '2026-02-01' });
  });

  it('compare takes a target answer file for team means', () => {
    const json = JSON.parse(run(['compare', 'team-q1.json', 'team-q2.json', '--target', 'target.yaml', '--json']).stdout);
    // as for q2 itself: 1 − 0.229167/0.9375 = 0.75556
    expect(json.target.overall.percentToTarget).toBeCloseTo(0.75556, 4);
  });

  it('trend orders team reports by their latest response', () => {
    const json = JSON.parse(run(['trend', 'team-q3.json', 'team-q1.json', 'team-q2.json', '--json']).stdout);
    expect(json.assessments.map((a: { date: string }) => a.date)).toEqual(['2026-02-01', '2026-05-01', '2026-08-01']);
    expect(json.overall.scores.map((x: number) => Number(x.toFixed(3)))).toEqual([31.25, 70.833, 73.958]);
  });

  it.each([
    ['compare', ['compare', 'q1.yaml', 'team-q2.json'], 'compare needs answer files only, or team JSON files only'],
    ['trend', ['trend', 'team-q1.json', 'team-q2.json', 'q3.yaml'], 'trend needs answer files only, or team JSON files only'],
    ['a team target', ['compare', 'team-q1.json', 'team-q2.json', '--target', 'team-q3.json'], 'team-q3.json is a team JSON file; --target takes an answer file'],
  ])('refuses to mix kinds in %s (exit 2)', (_case, args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('reports a malformed team JSON by line and column', () => {
    writeFileSync(join(dir, 'broken.json'), readFileSync(join(dir, 'team-q1.json'), 'utf8').replace('"respondents": 1', '"respondents": "one"'));
    const result = run(['compare', 'broken.json', 'team-q2.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.json:\d+:\d+ respondents: must be a number/);
  });
});

describe('team --compare and team charts', () => {
  it('adds "Since last time" with the deltas', () => {
    const result = run(['team', 'q2.yaml', '--compare', 'team-q1.json', '-o', '-']);
    expect(result.code).toBe(0);
    // a team of one has no SD, so no change can be told from chance: no arrow, in words
    expect(result.stdout).toContain('## Since last time\n\nCompared with team of 1, 2026-02-01: overall score 31.3 → 70.8: +39.5 (no clear change).');
    expect(result.stdout).toContain('| Care | 25.0 | 100.0 | +75.0 (no clear change) | At risk → **Strong** |');
    expect(result.stdout).toContain('▲ and ▼ mark a clear change: the 95% interval for the difference of the two means');
    expect(markdownProblems(result.stdout)).toEqual([]);
  });

  it('refuses an answer file as --compare (exit 2)', () => {
    const result = run(['team', 'q2.yaml', '--compare', 'q1.yaml', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('team --compare takes a team JSON file');
  });

  it('plots only the groups the report shows: a group below the anonymity minimum never gets an outline', () => {
    // q3's respondent alone as "front-line": below --min-group 2, so merged into "other" with the managers.
    writeFileSync(join(dir, 'q3-front.yaml'), readFileSync(join(dir, 'q3.yaml'), 'utf8').replace('role: manager', 'role: front-line'));
    const result = run(['team', 'q1.yaml', 'q2.yaml', 'q3-front.yaml', '--group-by', 'role', '--min-group', '2', '--allow-small-groups', '-o', 'grouped.md', '--json', 'grouped.json']);
    expect(result.code).toBe(0);
    const groups = JSON.parse(readFileSync(join(dir, 'grouped.json'), 'utf8')).groups.map((g: { name: string; n: number }) => `${g.name} (${g.n})`);
    expect(groups).toEqual(['other (3)']);
    const radar = parseXml(readFileSync(join(dir, 'grouped-radar.svg'), 'utf8'));
    expect(findAll(radar, byClass('series')).map((s) => s.attributes['data-series'])).toEqual(['Whole team of 3', ...groups]);
    expect(radar.text).not.toContain('front-line');
  });
});
