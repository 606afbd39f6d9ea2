import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { exampleAnswerFiles, exampleReportPath } from '../scripts/render-examples.mjs';
import { repoRoot, runCli } from './helpers/cli.js';
import { markdownProblems } from './helpers/markdownlint.js';

const files = exampleAnswerFiles as string[];

describe('sample reports in reports/examples (refresh: npm run examples)', () => {
  it('covers every sample answer file', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s: the committed report is what `report` writes today', (file) => {
    const result = runCli(['report', file, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(repoRoot, exampleReportPath(file) as string), 'utf8'));
  });

  it.each(files)('%s: the report passes markdownlint', (file) => {
    expect(markdownProblems(readFileSync(join(repoRoot, exampleReportPath(file) as string), 'utf8'))).toEqual([]);
  });
});
