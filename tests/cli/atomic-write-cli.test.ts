import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
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

function killWhileWriting(writer: string, target: string, size: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, target, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
}
