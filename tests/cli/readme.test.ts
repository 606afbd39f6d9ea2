import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The fenced block that follows a heading, so examples in the README stay true. */
function blockAfter(heading: string, fence = '```yaml'): string {
  const start = readme.indexOf(fence, readme.indexOf(heading));
  return readme.slice(start + fence.length, readme.indexOf('```', start + fence.length)).trim();
}

describe('README', () => {
  it('passes markdownlint', () => {
    expect(markdownProblems(readme)).toEqual([]);
  });

  it('Quick start has exactly two set-up commands', () => {
    expect(blockAfter('## Quick start', '```sh').split('\n')).toEqual([
      'npm ci && npx culture-audit report examples/service-culture/manager.yaml -o -',
      'npm test',
    ]);
  });

  it('the answer-file example validates against the built-in questionnaire', () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, blockAfter('## Answer file format').replace(/^questionnaireHash:.*$/m, '').replace('../schema/', ''));
    const result = runCli(['validate', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('the worked example output is what score prints', () => {
    const shown = blockAfter('### Worked example', '```console').split('\n');
    const result = runCli(shown[0]!.replace(/^\$ culture-audit /, '').split(' '));
    expect(result.stdout.trimEnd()).toBe(shown.slice(1).join('\n'));
  });
});
