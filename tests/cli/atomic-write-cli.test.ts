import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORARY_FILE } from '../../src/write/temporary-path.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

// Every file is written to a temporary name in its folder and renamed. A process killed at any
// moment leaves the old file or the new one, never part of one; its leftover temporary file is
// hidden, recognisable and read by nothing. (writeFileAtomic in-process: tests/unit/write/atomic-write.test.ts.)

describe('killed while writing', () => {
  const work = tempDir();
  const writer = join(work, 'writer.mjs');
  const size = 4 * 1024 * 1024;
  const contents = ['A', 'B'].map((c) => `${c}\n${c.repeat(size)}\nend\n`);

  beforeAll(async () => {
    // The real writeFileAtomic, bundled for a child process that does nothing but rewrite one file.
    await build({ entryPoints: [join(repoRoot, 'src/write/write-files.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'atomic-write.mjs'), logLevel: 'warning' });
    writeFileSync(
      writer,
      [
        "import { writeFileAtomic } from './atomic-write.mjs';",
        'const [target, size] = process.argv.slice(2);',
        "const contents = ['A', 'B'].map((c) => `${c}\\n${c.repeat(Number(size))}\\nend\\n`);",
        'writeFileAtomic(target, contents[0], { force: true });',
        "process.stdout.write('ready\\n');",
        'for (let i = 1; ; i++) writeFileAtomic(target, contents[i % 2], { force: true });',
      ].join('\n'),
    );
  });

  it('leaves the old file or the new one, never part of one, at 12 random moments', async () => {
    const delays = fc.sample(fc.integer({ min: 0, max: 80 }), { seed: 9, numRuns: 12 });
    let leftovers = 0;
    for (const [round, delay] of delays.entries()) {
      const folder = join(work, `round-${round}`);
      mkdirSync(folder);
      const target = join(folder, 'report.md');
      await killWhileWriting(writer, target, size, delay);
      expect(contents).toContain(readFileSync(target, 'utf8'));
      const others = readdirSync(folder).filter((f) => f !== 'report.md');
      for (const name of others) expect(name).toMatch(TEMPORARY_FILE);
      leftovers += others.length;
      rmSync(folder, { recursive: true });
    }
    // Most kills land mid-write (a leftover temporary file shows it): the test tests something.
    expect(leftovers).toBeGreaterThan(0);
  });
});

describe('a leftover temporary file', () => {
  it('is not listed as a questionnaire', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'questionnaires'));
    writeFileSync(join(cwd, 'questionnaires', '.zz-leftover.yaml.tmp-4242-0a1b2c3d'), 'id: half-writ');
    const result = runCli(['list', '--json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('zz-leftover');
  });
});

// A full disk: a small tmpfs, mounted only when the tests run as root (CI does); elsewhere skipped
// with a note. Before, a chart could be cut short with exit 0, and an import left its files behind.
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log('note: the full-disk tests need root to mount a small tmpfs; skipped');

describe.skipIf(!asRoot)('on a full disk', () => {
  const disk = join(tempDir(), 'disk');
  const answers = join(repoRoot, 'examples/service-culture/owner.yaml');
  const listing = () => readdirSync(disk).filter((name) => name !== 'filler').sort();
  const fill = (kib: number) => writeFileSync(join(disk, 'filler'), Buffer.alloc(kib * 1024));
  const empty = () => {
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
  };

  beforeAll(() => {
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', disk]);
  });
  afterAll(() => {
    execFileSync('umount', [disk]);
  });

  it('report -o r.md writes the report and its charts whole, or exits 2 and leaves nothing, whatever space is left', () => {
    const reference = tempDir();
    expect(runCli(['report', answers, '-o', 'r.md'], { cwd: reference }).code).toBe(0);
    const expected = readdirSync(reference).sort();
    const outcomes = new Set<number | null>();
    for (let kib = 40; kib <= 92; kib += 4) {
      empty();
      fill(kib);
      const result = runCli(['report', answers, '-o', 'r.md'], { cwd: disk });
      outcomes.add(result.code);
      if (result.code === 0) {
        expect(listing()).toEqual(expected);
        for (const name of expected) expect(readFileSync(join(disk, name), 'utf8'), `${name} with ${kib} KiB taken`).toBe(readFileSync(join(reference, name), 'utf8'));
      } else {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^culture-audit: cannot write .*: the disk is full; nothing was written\n$/);
        expect(listing(), `left behind with ${kib} KiB taken`).toEqual([]);
      }
    }
    // Both happened: the space ran out at some fill, and not at another.
    expect([...outcomes].sort()).toEqual([0, 2]);
  });

  it('an import that runs out of space leaves none of its files or folders, and the rerun with space writes them all', () => {
    empty();
    const rows = Array.from({ length: 16 }, (_, i) => `respondent-${i},7`);
    writeFileSync(join(disk, 'export.csv'), ['id,easy-to-do-business-with', ...rows, ''].join('\n'));
    fill(56);
    const args = ['import', 'export.csv', '-q', 'service-culture', '--allow-missing', 'all', '-o', 'answers/imported'];
    const full = runCli(args, { cwd: disk });
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/cannot write .*: the disk is full; nothing was written\n$/);
    expect(listing()).toEqual(['export.csv']);
    rmSync(join(disk, 'filler'));
    const again = runCli(args, { cwd: disk });
    expect(again.stderr).not.toContain('already exists');
    expect(again.code).toBe(0);
    expect(readdirSync(join(disk, 'answers/imported'))).toHaveLength(16);
    expect(existsSync(join(disk, 'answers/imported/respondent-0.yaml'))).toBe(true);
  });
});

function killWhileWriting(writer: string, target: string, size: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, target, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
}
