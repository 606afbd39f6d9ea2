import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { repoRoot } from './cli.js';

const config = JSON.parse(readFileSync(join(repoRoot, '.markdownlint.json'), 'utf8')) as Record<string, unknown>;

/** markdownlint problems as "line: rule description" strings; empty when the Markdown is clean. */
export function markdownProblems(markdown: string): string[] {
  const results = lint({ strings: { report: markdown }, config });
  return (results.report ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}
