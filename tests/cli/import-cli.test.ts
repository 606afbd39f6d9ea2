import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const csv = join(repoRoot, 'examples/team/form-export.csv');
const map = join(repoRoot, 'examples/team/form-export.map.yaml');

describe('culture-audit import', () => {
  it('writes one valid answer file per row, which score as the originals do', () => {
    const out = join(tempDir(), 'imported');
    const result = runCli(['import', csv, '--map', map, '-o', out]);
    expect(result.stderr).toBe(`${csv}: Google Forms export, 6 responses, 38 of 38 questions matched, 1 column ignored\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote 6 answer files to');
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(6);
    expect(runCli(['validate', ...files.map((f) => join(out, f))]).code).toBe(0);
    expect(readFileSync(join(out, files[0] ?? ''), 'utf8')).toMatch(/^# Imported from form-export\.csv, line \d+, by culture-audit import\.\nquestionnaire: service-culture\n/);
    const originals = ['01', '02', '03', '04', '05', '06'].map((n) => join(repoRoot, `examples/team/answers/front-line-${n}.yaml`));
    const imported = runCli(['team', out, '--group-by', 'role', '--min-group', '1', '--allow-small-groups', '-o', '-']);
    const original = runCli(['team', ...originals, '--group-by', 'role', '--min-group', '1', '--allow-small-groups', '-o', '-']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('## Executive summary');
    expect(imported.stdout).toBe(original.stdout);
  });

  it('writes nothing when a row is invalid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with\nr1,7\nr2,eleven\n');
    const result = runCli(['import', 'export.csv', '-q', 'service-culture', '-o', 'out', '--allow-missing', 'all'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export.csv:3:2 column 2 "easy-to-do-business-with": must be a number from 0 to 10 (got "eleven")');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('needs a questionnaire, and --force to replace files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with\nr1,7\n');
    expect(runCli(['import', 'export.csv'], { cwd: dir }).stderr).toContain('name the questionnaire the export answers');
    const allow = ['--allow-missing', 'all'];
    expect(runCli(['import', 'export.csv', '-q', 'service-culture', ...allow], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'answers/r1.yaml'), 'utf8')).toContain('easy-to-do-business-with: 7');
    const again = runCli(['import', 'export.csv', '-q', 'service-culture', ...allow], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('answers/r1.yaml already exists; use --force to replace it');
    expect(runCli(['import', 'export.csv', '-q', 'service-culture', '--force', ...allow], { cwd: dir }).code).toBe(0);
  });
});
