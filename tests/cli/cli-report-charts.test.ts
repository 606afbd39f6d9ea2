import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { progressDir } from '../helpers/progress.js';
import { parseXml } from '../helpers/svg.js';

const run = (args: string[]) => runCli(args, { cwd: progressDir });

describe('culture-audit report with charts, --compare and --target', () => {
  it('writes the radar and section charts beside the report and links them relatively', () => {
    const dir = tempDir();
    const result = run(['report', 'q2.yaml', '-o', join(dir, 'ana.md')]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().endsWith('ana.md')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['ana-radar.svg', 'ana-sections.svg', 'ana.md']);
    const report = readFileSync(join(dir, 'ana.md'), 'utf8');
    expect(report).toContain('![Radar chart of the section scores](ana-radar.svg)\n\n![Bar chart of the section scores with their bands](ana-sections.svg)');
    expect(markdownProblems(report)).toEqual([]);
    const radar = readFileSync(join(dir, 'ana-radar.svg'), 'utf8');
    expect(parseXml(radar).name).toBe('svg');
    expect(radar).not.toMatch(/\d{4}-\d{2}-\d{2}T|NaN|undefined/);
  });

  it('adds "Since last time" and the target, with hand-computed numbers', () => {
    const report = run(['report', 'q2.yaml', '--compare', 'q1.yaml', '--target', 'target.yaml', '-o', '-']).stdout;
    // overall 31.25 → 70.833 (shown to nearest: 31.3 → 70.8, 70.8 − 31.3 = +39.5, 5 points or more: ▲); care 25 → 100 changes band
    expect(report).toContain('## Since last time\n\nCompared with ana (manager), 2026-02-01: overall score 31.3 → 70.8: +39.5 ▲.');
    expect(report).toContain('| Care | 25.0 | 100.0 | +75.0 ▲ | At risk → **Strong** |');
    // percent to target from the shown scores 70.8 / 93.8 (93.75) = 75.5%; question by question 1 − 0.229167/0.9375 = 75.6%
    // progress from the shown figures (70.8 − 31.3)/(93.8 − 31.3) = 39.5/62.5 = 63.2%
    expect(report).toContain('**Percent to target: 75%** (score 70.8, target 93.8; question by question, after OWASP SAMM: 76%).');
    expect(report).toContain('**Progress to date: 63%** since the baseline score of 31.3.');
    // leadership 66.7 / 100.0 = 67%, question by question 2/3; progress (66.7 − 25.0)/(100.0 − 25.0) = 55.6%
    expect(report).toContain('| Leadership | 66.7 | 100.0 | 67% | 67% | 56% |');
    expect(report).toContain('▲ and ▼ mark a change of 5 points or more');
    expect(report).not.toContain('.svg)'); // -o - writes and links no charts
    expect(markdownProblems(report)).toEqual([]);
  });

  it('keeps the user text in charts inert', () => {
    const dir = tempDir();
    const file = join(dir, 'evil.yaml');
    writeFileSync(file, readFileSync(join(progressDir, 'q1.yaml'), 'utf8').replace('respondent: { id: ana, role: manager }', 'respondent: { id: x, name: "</text><script>alert(1)</script> & ]]>" }'));
    expect(run(['report', file, '-o', join(dir, 'evil.md')]).code).toBe(0);
    const svg = readFileSync(join(dir, 'evil-radar.svg'), 'utf8');
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).not.toContain('<script');
  });

  it('exits 2 when --compare names another questionnaire, writing nothing', () => {
    const dir = tempDir();
    const result = run(['report', 'q2.yaml', '--compare', join(repoRoot, 'examples/five-ways/front-line.yaml'), '-o', join(dir, 'a.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('report needs assessments of the same questionnaire');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('freeReportPath (the report `run` writes at the end)', () => {
  it('skips a name whose chart is left over, so a finished audit never fails on an existing file', async () => {
    const { freeReportPath } = await import('../../src/cli/actions/report.js');
    const dir = tempDir();
    expect(freeReportPath(join(dir, 'a.md'))).toBe(join(dir, 'a.md'));
    writeFileSync(join(dir, 'a-sections.svg'), 'left over');
    expect(freeReportPath(join(dir, 'a.md'))).toBe(join(dir, 'a-2.md'));
  });
});
