import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { progressDir } from '../helpers/progress.js';
import { byClass, findAll, numberAttribute, parseXml } from '../helpers/svg.js';

const run = (args: string[]) => runCli(args, { cwd: progressDir });

describe('culture-audit trend', () => {
  it('tabulates section scores by date, whatever the argument order', () => {
    const result = run(['trend', 'q3.yaml', 'q1.yaml', 'q2.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ +2026-02-01 +2026-05-01 +2026-08-01 +latest +change$/m);
    // overall 31.25, 70.833, 73.958 (shown to nearest: 31.3, 70.8, 74.0); first to last 74.0 − 31.3 = +42.7
    expect(result.stdout).toMatch(/^Overall +31\.3 +70\.8 +74\.0 +#+-* +\+42\.7$/m);
    expect(result.stdout).toMatch(/^People +50\.0 +50\.0 +25\.0 +#+-* +-25\.0$/m);
  });

  it('prints JSON with schemaVersion 1', () => {
    const json = JSON.parse(run(['trend', 'q1.yaml', 'q2.yaml', 'q3.yaml', '--json']).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.assessments.map((a: { source: string }) => a.source)).toEqual(['q1.yaml', 'q2.yaml', 'q3.yaml']);
    expect(json.sections[1]).toMatchObject({ id: 'care', scores: [25, 100, 87.5], bands: ['At risk', 'Strong', 'Strong'] });
  });

  it('writes a report with one line chart of every score whose points sit at the scores', () => {
    const dir = tempDir();
    expect(run(['trend', 'q1.yaml', 'q2.yaml', 'q3.yaml', '-o', join(dir, 'trend.md')]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['trend-over-time.svg', 'trend.md']);
    const report = readFileSync(join(dir, 'trend.md'), 'utf8');
    expect(markdownProblems(report)).toEqual([]);
    expect(report).toContain('| Care | 25.0 | 100.0 | 87.5 | +62.5 ▲ |');
    expect(report).toContain('![Line chart of the overall and section scores over time](trend-over-time.svg)');
    const svg = parseXml(readFileSync(join(dir, 'trend-over-time.svg'), 'utf8'));
    const grid = findAll(svg, byClass('gridline'));
    const y0 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '0'), 'y1');
    const y100 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '100'), 'y1');
    const care = findAll(svg, (e) => byClass('series')(e) && e.attributes['data-series'] === 'Care')[0]!;
    const ys = findAll(care, byClass('point')).map((p) => numberAttribute(p, 'cy'));
    [25, 100, 87.5].forEach((score, i) => expect(ys[i]).toBeCloseTo(y0 + ((y100 - y0) * score) / 100, 1));
  });

  it.each([
    ['fewer than three inputs', ['q1.yaml', 'q2.yaml'], 'trend needs at least 3 assessments, got 2'],
    ['an undated input', ['q1.yaml', 'q2.yaml', 'undated.yaml'], 'undated.yaml has no completed date'],
    ['different questionnaires', ['q1.yaml', 'q2.yaml', join(repoRoot, 'examples', 'five-ways', 'front-line.yaml')], 'trend needs assessments of the same questionnaire'],
  ])('exits 2 on %s', (_case, args, message) => {
    const result = run(['trend', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
