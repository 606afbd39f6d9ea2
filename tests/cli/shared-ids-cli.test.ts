import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// A full audit and a pulse sharing ids (figures worked by hand in tests/unit/scoring/shared-ids.test.ts).
const cwd = join(repoRoot, 'tests', 'fixtures', 'shared-ids');
const run = (args: string[]) => runCli(args, { cwd });

describe('compare and trend across questionnaires that share ids', () => {
  it('compare writes a report of what both measure and says what was left out', () => {
    const out = join(tempDir(), 'pulse.md');
    const result = run(['compare', 'full-2026-09.yaml', 'pulse-2026-12.yaml', '-o', out]);
    expect(result.stderr).toContain('charts:');
    expect(result.code).toBe(0);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('answering Pulse check (pulse-check, version 1)');
    expect(report).toContain('| Leadership | 75.0 | 75.0 | 0.0 | Strong |');
    expect(report).toContain('## What was compared');
    expect(report).toContain('differences within a few points may come from that');
    // The charts draw what the tables compare: not the pulse's own section.
    const bars = readFileSync(out.replace(/\.md$/, '-sections.svg'), 'utf8');
    expect(bars).toContain('Putting things right');
    expect(bars).not.toContain('Mood this quarter');
  });

  it('compare --json carries the overlap', () => {
    const result = run(['compare', 'full-2026-09.yaml', 'pulse-2026-12.yaml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.overall).toMatchObject({ before: 71.875, after: 74.375, delta: null, direction: 'none' });
    expect(json.overlap.leftOut.sections.map((s: { id: string }) => s.id)).toEqual(['voice', 'mood']);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['leadership', 'recovery']);
  });

  it('trend follows the shared sections through a pulse', () => {
    const result = run(['trend', 'pulse-2026-12.yaml', 'full-2027-03.yaml', 'full-2026-09.yaml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.sections.map((s: { id: string; scores: unknown[] }) => [s.id, s.scores])).toEqual([
      ['leadership', [75, 75, 87.5]],
      ['recovery', [62.5, 87.5, 50]],
      ['voice', [75, null, 100]],
    ]);
    expect(json.overlap.questionnaires.map((q: { id: string }) => q.id)).toEqual(['full-audit', 'pulse-check', 'full-audit']);
  });

  it.each([
    ['compare', ['compare', 'full-2026-09.yaml', 'unrelated-2026-10.yaml', '-o', 'x.md']],
    ['trend', ['trend', 'full-2026-09.yaml', 'pulse-2026-12.yaml', 'unrelated-2026-10.yaml', '-o', 'x.md']],
  ])('%s still refuses questionnaires that share no id, writing nothing', (command, args) => {
    const dir = tempDir();
    const result = run(args.map((arg) => (arg === 'x.md' ? join(dir, arg) : arg)));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`unrelated-2026-10.yaml is for unrelated v1 but`);
    expect(result.stderr).toContain(`${command} needs assessments of the same questionnaire`);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('compare --target still needs the questionnaire of the later file', () => {
    const result = run(['compare', 'full-2026-09.yaml', 'pulse-2026-12.yaml', '--target', 'full-2027-03.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('compare --target needs assessments of the same questionnaire');
  });
});
