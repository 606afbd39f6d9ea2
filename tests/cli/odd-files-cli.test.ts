import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli, tempDir, type CliResult } from '../helpers/cli.js';

// Odd files as inputs and outputs: only regular files are read (a named pipe hung the command
// forever), symlinked answer files in folders count, names that are not UTF-8 are opened and
// written as they are, and an output that is a device, a pipe, or a link to nothing or to
// outside its folder is never replaced, even with --force.

const owner = join(repoRoot, 'examples/service-culture/owner.yaml');
const manager = join(repoRoot, 'examples/service-culture/manager.yaml');

/** The CLI through sh, so arguments can hold bytes that are not UTF-8 (`\377` in printf). Stops after 15 s: a hang fails, not blocks. */
function runShell(script: string, cwd: string): CliResult {
  const result = spawnSync('sh', ['-c', script.replaceAll('CLI', `"${process.execPath}" "${cliPath}"`)], { cwd, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a named pipe given as input', () => {
  it.each([
    ['score f.yaml', 'f.yaml', (file: string) => ['score', file]],
    ['team f.csv', 'f.csv', (file: string) => ['team', file, '-q', 'service-culture']],
    ['import f.csv', 'f.csv', (file: string) => ['import', file, '-q', 'service-culture']],
  ])('%s is refused at once with one line, not waited on', (_name, file, args) => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, file)]);
    const started = Date.now();
    const result = runShell(`CLI ${args(file).join(' ')}`, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}: is a named pipe, not a file\\n`));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('score of a character device is refused', () => {
    const result = runCli(['score', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('/dev/zero: is a character device, not a file\n');
  });
});

describe('team <folder> with symbolic links', () => {
  it('reads a symlinked answer file, each real file once, and ends on a folder linked back up', () => {
    const dir = tempDir();
    execFileSync('mkdir', ['-p', join(dir, 'answers')]);
    symlinkSync(owner, join(dir, 'answers', 'owner.yaml'));
    symlinkSync(manager, join(dir, 'answers', 'manager.yaml'));
    symlinkSync('manager.yaml', join(dir, 'answers', 'manager-again.yaml'));
    symlinkSync('..', join(dir, 'answers', 'loop'));
    const result = runCli(['team', 'answers', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**Respondents:** 2;');
  });
});

describe('names that are not UTF-8', () => {
  it('team reads an .xlsx export by its exact name, and names it with the byte escaped', () => {
    const dir = tempDir();
    execFileSync('sh', ['-c', `cp "$0" "$(printf 'w\\377.xlsx')"`, join(repoRoot, 'tests/fixtures/tool-exports/microsoft-forms.xlsx')], { cwd: dir });
    // The export answers five-ways version 1, kept beside it.
    copyFileSync(join(repoRoot, 'tests/fixtures/tool-exports/five-ways-v1.yaml'), join(dir, 'five-ways-v1.yaml'));
    const result = runShell(`CLI team "$(printf 'w\\377.xlsx')" -q five-ways-v1.yaml -o -`, dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('w\\xff.xlsx: Microsoft Forms export, 15 responses, 25 of 25 questions matched, 3 columns ignored');
  });

  it('score opens the file by its exact name, and a missing one is named with the byte escaped', () => {
    const dir = tempDir();
    execFileSync('sh', ['-c', `cp "$0" "$(printf 'm\\377.yaml')"`, owner], { cwd: dir });
    const found = runShell(`CLI score "$(printf 'm\\377.yaml')" --json`, dir);
    expect(found.stderr).toBe('');
    expect(found.code).toBe(0);
    execFileSync('sh', ['-c', `cp "$0" "$(printf 'q\\377.yaml')"`, join(repoRoot, 'questionnaires/service-culture.yaml')], { cwd: dir });
    const byPath = runShell(`CLI score "$(printf 'm\\377.yaml')" -q "$(printf 'q\\377.yaml')" --json`, dir);
    expect(byPath.stderr).toBe('');
    expect(byPath.code).toBe(0);
    const missing = runShell(`CLI score "$(printf 'n\\377.yaml')"`, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('n\\xff.yaml: no such file\n');
    // Every line a command prints shows the byte so, the ✔ of validate among them.
    const valid = runShell(`CLI validate "$(printf 'm\\377.yaml')"`, dir);
    expect(valid.stdout).toMatch(/^✔ m\\xff\.yaml {2}answers to service-culture/);
  });

  it('team reads such a file in a folder with the others', () => {
    const dir = tempDir();
    execFileSync('sh', ['-c', `mkdir answers && cp "$0" "answers/$(printf 'm\\377.yaml')" && cp "$1" answers/`, owner, manager], { cwd: dir });
    const result = runCli(['team', 'answers', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**Respondents:** 2;');
  });

  it('-o writes exactly the name given, its charts beside it, and refuses to replace it without --force', () => {
    const dir = tempDir();
    const first = runShell(`CLI report "${owner}" -o "$(printf 'o\\377.md')"`, dir);
    expect(first.code).toBe(0);
    expect(readdirSync(dir, { encoding: 'buffer' }).map((name) => name.toString('latin1')).sort()).toEqual(['o\xff-radar.svg', 'o\xff-sections.svg', 'o\xff.md']);
    const again = runShell(`CLI report "${owner}" -o "$(printf 'o\\377.md')"`, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('o\\xff.md already exists; use --force to replace it');
  });
});

describe('outputs that are never replaced', () => {
  it.each([
    ['a link to a character device', (out: string) => symlinkSync('/dev/null', out), 'it is a character device, not a file, and is never replaced'],
    ['a link to /proc/self/fd/1', (out: string) => symlinkSync('/proc/self/fd/1', out), 'is never replaced'],
    ['a named pipe', (out: string) => execFileSync('mkfifo', [out]), 'it is a named pipe, not a file, and is never replaced'],
    ['a link to a file outside its folder', (out: string) => (writeFileSync(join(out, '..', '..', 'outside.md'), 'keep'), symlinkSync('../outside.md', out)), 'it is a symbolic link leading outside its folder'],
  ])('report -o onto %s --force exits 2 and leaves it as it was', (_name, make, message) => {
    const dir = tempDir();
    execFileSync('mkdir', [join(dir, 'sub')]);
    const out = join(dir, 'sub', 'out.md');
    make(out);
    const before = readdirSync(dir, { recursive: true }).sort();
    const result = runCli(['report', owner, '-o', 'sub/out.md', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });

  it('a dangling link is not replaced, with or without --force', () => {
    const dir = tempDir();
    symlinkSync('nowhere.md', join(dir, 'out.md'));
    for (const force of [[], ['--force']]) {
      const result = runCli(['report', owner, '-o', 'out.md', ...force], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('out.md: it is a symbolic link to nothing (its target does not exist)');
    }
    expect(readlinkSync(join(dir, 'out.md'))).toBe('nowhere.md');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });
});

describe('messages about files', () => {
  it('a name too long for the file system: one line, naming the file once', () => {
    const name = `${'a'.repeat(300)}.yaml`;
    const result = runCli(['score', name], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${name}: the name is too long for the file system\n`);
  });

  it('a file one byte over the size limit shows two different numbers', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(1024 * 1024 - 2)}\n`);
    const result = runCli(['score', 'big.yaml'], { cwd: dir });
    expect(result.stderr).toBe('big.yaml: is 1,048,577 bytes; the limit for this kind of file is 1,048,576 bytes\n');
  });
});

