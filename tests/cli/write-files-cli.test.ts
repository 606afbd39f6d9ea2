import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// Every command writes through one path: check every target, stage every file under a temporary
// name, then publish them all. A refusal or a failure leaves the folder as it was. (That path
// in-process: tests/unit/write/write-files.test.ts.)

describe('a command that writes several files', () => {
  it('team -o x.md with x-radar.svg already there exits 2 and writes neither the report nor the other chart', () => {
    const out = tempDir();
    writeFileSync(join(out, 'x-radar.svg'), '<svg/>');
    const result = runCli(['team', join(repoRoot, 'examples/team/answers'), '-o', 'x.md', '--json', 'x.json'], { cwd: out });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('x-radar.svg already exists; use --force to replace it');
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['x-radar.svg']);
    expect(readFileSync(join(out, 'x-radar.svg'), 'utf8')).toBe('<svg/>');
  });

  it('report --force with a folder where its second chart goes exits 2 and writes neither the report nor the first chart', () => {
    const out = tempDir();
    mkdirSync(join(out, 'r-sections.svg'));
    const result = runCli(['report', join(repoRoot, 'examples/team/answers/manager-01.yaml'), '-o', 'r.md', '--force'], { cwd: out });
    expect(result.code).toBe(2);
    // Named as the user would: -o r.md was given relative to where the command ran.
    expect(result.stderr).toContain('culture-audit: cannot write r-sections.svg: it is a folder; give a file name');
    expect(readdirSync(out)).toEqual(['r-sections.svg']);
  });

  it('import with the last answer file already there exits 2 and writes none of the others', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.csv'), 'id,easy-to-do-business-with\nr1,7\nr2,8\nr3,9\n');
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'answers', 'r3.yaml'), 'kept');
    const result = runCli(['import', 'export.csv', '-q', 'service-culture', '--allow-missing', 'all'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('answers/r3.yaml already exists; use --force to replace it');
    expect(readdirSync(join(dir, 'answers'))).toEqual(['r3.yaml']);
    expect(readFileSync(join(dir, 'answers', 'r3.yaml'), 'utf8')).toBe('kept');
  });
});
