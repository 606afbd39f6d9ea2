import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan, fuzzPlanArb } from './mutations.js';
import { loadSeeds } from './seeds.js';
import { repoRoot, runCli, tempDir, type CliResult } from '../helpers/cli.js';

// Fuzzed inputs through the built CLI: whatever arrives, exit 0 or 2 and plain sentences on
// stderr, never a stack trace, an internal error or a process abort.

const dir = tempDir();
const corpus = loadSeeds(repoRoot);

function fuzzFiles(kind: 'questionnaire' | 'answers', count: number, seed: number): string[] {
  const seeds = kind === 'questionnaire' ? corpus.questionnaires : corpus.answers;
  return fc.sample(fuzzPlanArb(seeds), { seed, numRuns: count }).map((plan, i) => {
    const file = join(dir, `${kind}-${i}.yaml`);
    writeFileSync(file, applyPlan(plan));
    return file;
  });
}

function expectCleanFailure(result: CliResult): void {
  expect([0, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error|FATAL|TypeError|RangeError|ReferenceError|SyntaxError/);
}

describe('fuzzed files through the CLI', () => {
  it('validate checks 50 mutated questionnaires and answer files in one run: exit 0 or 2, no stack trace', () => {
    const files = [...fuzzFiles('questionnaire', 25, 7), ...fuzzFiles('answers', 25, 8)];
    const result = runCli(['validate', ...files]);
    expectCleanFailure(result);
    expect(result.code).toBe(2);
    // One verdict per file: a ✔ line on stdout, or at least one ✖ line on stderr.
    for (const file of files) expect(`${result.stdout}${result.stderr}`).toContain(file);
  });

  it.each(['show', 'score', 'report'])('`%s` on mutated inputs: exit 0 or 2, no stack trace', (command) => {
    const files = fuzzFiles(command === 'show' ? 'questionnaire' : 'answers', 3, command.length);
    for (const file of files) expectCleanFailure(runCli([command, file, ...(command === 'report' ? ['-o', '-'] : [])]));
  });

  it('deep nesting in many shapes, in one process, is one clear error each (no abort)', () => {
    const shapes = [
      `a: ${'['.repeat(5000)}${']'.repeat(5000)}`,
      `{ ${'['.repeat(5000)}${']'.repeat(5000)}\n"a": 1}`,
      '['.repeat(20000) + ']'.repeat(20000),
      `a: ${'['.repeat(20000)}`,
      `{"a": ${'{'.repeat(20000)}`,
      `${'- '.repeat(5000)}x`,
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
    ];
    const files = shapes.map((text, i) => {
      const file = join(dir, `deep-${i}.yaml`);
      writeFileSync(file, text);
      return file;
    });
    const result = runCli(['validate', ...files]);
    expectCleanFailure(result);
    expect(result.stderr.match(/more than 32 levels deep/g)).toHaveLength(shapes.length);
  });
});
