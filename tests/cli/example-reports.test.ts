import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { exampleAnswerFiles, exampleRuns } from '../../scripts/render-examples.mjs';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { parseXml } from '../helpers/svg.js';

const runs = exampleRuns as { args: string[]; out: string }[];
const committed = join(repoRoot, 'reports', 'examples');

/** Runs a sample's command into a fresh folder and returns the files it wrote, by name. */
function regenerate(run: { args: string[]; out: string }): Map<string, string> {
  const dir = tempDir();
  const result = runCli([...run.args, '-o', join(dir, basename(run.out))]);
  expect(result.stderr.replace(/^charts: .*\n/m, '')).toBe('');
  expect(result.code).toBe(0);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('sample reports in reports/examples (refresh: npm run examples)', () => {
  const written = new Map(runs.map((run) => [run.out, regenerate(run)]));

  it('covers every sample answer file, a comparison and a trend', () => {
    expect((exampleAnswerFiles as string[]).length).toBeGreaterThanOrEqual(5);
    expect(runs.map((run) => run.args[0])).toEqual(expect.arrayContaining(['report', 'compare', 'trend']));
  });

  it.each(runs.map((run) => [run.out, run]))('%s and its charts are what the command writes today', (_out, run) => {
    const files = written.get(run.out) ?? new Map();
    // A report and its chart or charts (a trend has one).
    expect(files.size).toBeGreaterThanOrEqual(2);
    for (const [name, content] of files) expect(readFileSync(join(committed, name), 'utf8'), name).toBe(content);
  });

  it.each(runs.map((run) => [run.out, run]))('%s passes markdownlint and its charts parse as XML', (_out, run) => {
    for (const [name, content] of written.get(run.out) ?? new Map()) {
      if (name.endsWith('.md')) expect(markdownProblems(content), name).toEqual([]);
      else expect(parseXml(content).name, name).toBe('svg');
    }
  });

  it('holds no stale file that no sample writes', () => {
    const expected = new Set([...written.values()].flatMap((files) => [...files.keys()]));
    // team.md, team.json and their charts come from `npm run examples:team` (tests/unit/report/team-examples.test.ts).
    expect(readdirSync(committed).filter((name) => !expected.has(name) && !name.startsWith('team'))).toEqual([]);
  });
});
