import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { progressDir } from '../helpers/progress.js';
import { parseXml } from '../helpers/svg.js';

const run = (args: string[]) => runCli(args, { cwd: progressDir });
const otherQuestionnaire = join(repoRoot, 'examples', 'five-ways', 'front-line.yaml');

describe('culture-audit compare', () => {
  it('prints the deltas, movers and red flag changes, plain ASCII without colour', () => {
    const result = run(['compare', 'q1.yaml', 'q2.yaml']);
    expect(result.code).toBe(0);
    // overall 31.25 → 70.833 (shown to nearest: 31.3 → 70.8): 70.8 − 31.3 = +39.5; lead 25 → 66.67 (66.7): +41.7; people unchanged
    expect(result.stdout).toContain('Overall 31.3 -> 70.8  +39.5  At risk -> Developing');
    expect(result.stdout).toMatch(/^ {2}Leadership +#+-* +25\.0 +-> +66\.7 +\+41\.7 +At risk -> Developing$/m);
    expect(result.stdout).toMatch(/^ {2}People +#+-* +50\.0 +-> +50\.0 +0\.0 +Developing$/m);
    expect(result.stdout).toContain('+ resolved: Customers do not come first.');
    expect(result.stdout).not.toMatch(/[▲▼█→✔]|\u001b/);
  });

  it('prints JSON with schemaVersion 1, targets included', () => {
    const result = run(['compare', 'q1.yaml', 'q3.yaml', '--target', 'target.yaml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.overall.delta).toBeCloseTo(73.9583 - 31.25, 3);
    expect(json.sections.map((s: { id: string; direction: string }) => [s.id, s.direction])).toEqual([
      ['lead', 'up'],
      ['care', 'up'],
      ['people', 'down'],
    ]);
    expect(json.movedMost).toEqual(['c2', 'l1', 'l2', 'c1', 'p1']);
    expect(json.redFlags.resolved.map((f: { question: string }) => f.question)).toEqual(['l2', 'c2']);
    // percent to target of q3: 1 − 0.19792/0.9375 = 0.78889; progress (73.958 − 31.25)/(93.75 − 31.25) = 0.68333
    expect(json.target.overall.percentToTarget).toBeCloseTo(0.78889, 4);
    expect(json.target.overall.progress.value).toBeCloseTo(0.68333, 4);
    expect(json.target.sections[2].progress).toEqual({ baseline: 50, value: -1, reason: null });
  });

  it('writes a Markdown report with its charts, markdownlint-clean', () => {
    const dir = tempDir();
    const result = run(['compare', 'q1.yaml', 'q3.yaml', '--target', 'target.yaml', '-o', join(dir, 'cmp.md')]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['cmp-radar.svg', 'cmp-sections.svg', 'cmp.md']);
    const report = readFileSync(join(dir, 'cmp.md'), 'utf8');
    expect(markdownProblems(report)).toEqual([]);
    expect(report).toContain('![Radar chart of the section scores](cmp-radar.svg)');
    expect(report).toContain('**Overall band up: At risk → Developing.**');
    expect(report).toContain('| People | 50.0 | 25.0 | −25.0 ▼ | Developing → **At risk** |');
    // people 25 of target 75: 25.0 / 75.0 = 33%, question by question 1 − 0.5/0.75 = 33%; progress (25 − 50)/(75 − 50) = −100%
    expect(report).toContain('| People | 25.0 | 75.0 | 33% | 33% | -100% |');
    for (const svg of ['cmp-radar.svg', 'cmp-sections.svg']) expect(() => parseXml(readFileSync(join(dir, svg), 'utf8'))).not.toThrow();
  });

  it.each([
    ['different questionnaires', ['q1.yaml', otherQuestionnaire], 'compare needs assessments of the same questionnaire'],
    ['a target for another questionnaire', ['q1.yaml', 'q2.yaml', '--target', otherQuestionnaire], 'same questionnaire'],
    ['a missing file', ['q1.yaml', 'nope.yaml'], 'nope.yaml: no such file'],
    ['-o with --json', ['q1.yaml', 'q2.yaml', '--json', '-o', 'x.md'], "cannot be used with option '--json'"],
  ])('exits 2 on %s, writing nothing', (_case, args, message) => {
    const result = run(['compare', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(existsSync(join(progressDir, 'x.md'))).toBe(false);
  });

  it('refuses to overwrite a chart without --force, writing nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cmp-sections.svg'), 'mine');
    const result = run(['compare', 'q1.yaml', 'q2.yaml', '-o', join(dir, 'cmp.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cmp-sections.svg already exists; use --force');
    expect(readdirSync(dir)).toEqual(['cmp-sections.svg']);
  });
});
