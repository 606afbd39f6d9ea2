import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// examples/team/form-export.csv as Excel re-saves it (tests/fixtures/form-exports/generate.mjs
// writes them): each must give the very team JSON the original gives.
const fixtures = join('tests', 'fixtures', 'form-exports');
const map = join('examples', 'team', 'form-export.map.yaml');
const resaves = ['unicode-text.csv', 'utf-16be.csv', 'windows-1252.csv', 'semicolon-de.csv'];

function team(file: string): { code: number | null; stderr: string; json: unknown; markdown?: string } {
  const out = tempDir();
  const result = runCli(['team', file, '--map', map, '--json', join(out, 'team.json'), '-o', join(out, 'team.md')]);
  if (result.code !== 0) return { code: result.code, stderr: result.stderr, json: undefined };
  return { code: result.code, stderr: result.stderr, json: JSON.parse(readFileSync(join(out, 'team.json'), 'utf8')), markdown: readFileSync(join(out, 'team.md'), 'utf8') };
}

const windows1252Warning = (file: string) => `${file}: not UTF-8; read as Windows-1252 (Excel's "CSV" on Windows). Save as "CSV UTF-8" to be sure of accents`;

describe('team on Excel re-saves of a form export', () => {
  const original = team(join('examples', 'team', 'form-export.csv'));

  it('reads the original', () => {
    expect(original.code).toBe(0);
    expect(original.json).toMatchObject({ respondents: 6 });
    // The comments quoted in the report hold "£": accents and symbols must survive every encoding.
    expect(original.markdown).toContain('under £20');
    expect(original.stderr).not.toContain('Windows-1252');
  });

  it.each(resaves)('gives the same team JSON from %s', (name) => {
    const file = join(fixtures, name);
    const result = team(file);
    expect(result.stderr).not.toContain('is not UTF-8');
    expect(result.code).toBe(0);
    expect(result.json).toEqual(original.json);
    expect(result.markdown).toBe(original.markdown);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('Windows-1252'));
    expect(warnings).toEqual(name === 'windows-1252.csv' ? [`warning: ${windows1252Warning(file)}`] : []);
  });

  it('keeps the fixtures as the generator writes them', () => {
    const dir = tempDir();
    const generated = spawnSync(process.execPath, [join(repoRoot, fixtures, 'generate.mjs'), dir], { encoding: 'utf8' });
    expect(generated.stderr).toBe('');
    expect(readdirSync(dir).sort()).toEqual([...resaves].sort());
    for (const name of resaves) expect(readFileSync(join(dir, name)).equals(readFileSync(join(repoRoot, fixtures, name))), name).toBe(true);
  });
});
