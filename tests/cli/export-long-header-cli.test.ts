import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const sample = join(repoRoot, 'examples/team/form-export.csv');
const sampleMap = join(repoRoot, 'examples/team/form-export.map.yaml');

describe('an export whose header row is longer than a read', () => {
  it('is read as the same export: a CR in a long header cell does not make it an old Mac file', () => {
    // The header gains a quoted cell of 70,000 characters holding a CR, so the first 64 KB read holds
    // a CR and no LF; every row gains an empty cell. The team's figures must be the sample's.
    const [header = '', ...rows] = readFileSync(sample, 'utf8').replace(/\n$/, '').split('\n');
    const long = `"Anything else?\r${'x'.repeat(70_000)}"`;
    const dir = tempDir();
    writeFileSync(join(dir, 'long.csv'), [`${header},${long}`, ...rows.map((row) => `${row},`)].join('\n') + '\n');
    const widened = runCli(['team', 'long.csv', '--map', sampleMap, '--json', '-', '-o', 'long.md'], { cwd: dir });
    const plain = runCli(['team', sample, '--map', sampleMap, '--json', '-', '-o', join(dir, 'plain.md')]);
    expect(widened.code, widened.stderr).toBe(0);
    expect(widened.stderr).toContain('ignored 1 column');
    const figures = (stdout: string) => JSON.parse(stdout).sections.map((section: { id: string; mean: number }) => [section.id, section.mean]);
    expect(figures(widened.stdout)).toEqual(figures(plain.stdout));
  });
});
