import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, tempDir, type CliResult } from '../helpers/cli.js';

// Two commands writing the same names at once: the check that a name is free and the creation of
// the file are one step (link), so exactly one of them writes, the other refuses and leaves
// nothing of its own, and neither replaces the other's files. Before, in about 3 of 20 rounds both
// exited 0, one silently replacing the other's files.

const ROUNDS = 20;
const ROWS = 40;

describe('two imports with the same respondent ids into one folder at once', () => {
  it(`exactly one writes, the other refuses and leaves the winner's files whole, in ${ROUNDS} rounds`, { timeout: 240_000 }, async () => {
    const dir = tempDir();
    for (const name of ['a', 'b']) {
      const rows = Array.from({ length: ROWS }, (_, i) => `r${i},${name === 'a' ? 3 : 8}`);
      writeFileSync(join(dir, `${name}.csv`), ['id,easy-to-do-business-with', ...rows, ''].join('\n'));
    }
    for (let round = 0; round < ROUNDS; round++) {
      const out = join(dir, `answers-${round}`);
      const args = (name: string) => ['import', `${name}.csv`, '-q', 'service-culture', '--allow-missing', 'all', '-o', out];
      const results = await Promise.all([runCliAsync(args('a'), dir), runCliAsync(args('b'), dir)]);
      const codes = results.map((result) => result.code).sort();
      expect(codes, results.map((result) => result.stderr).join('\n')).toEqual([0, 2]);
      const winner = results[0]?.code === 0 ? 'a' : 'b';
      const loser = results.find((result) => result.code === 2);
      expect(loser?.stderr).toMatch(/already exists.*; use --force to replace it/);
      const files = readdirSync(out);
      expect(files).toHaveLength(ROWS);
      for (const file of files) expect(readFileSync(join(out, file), 'utf8')).toContain(`Imported from ${winner}.csv`);
    }
  });
});

describe('two reports to one -o at once', () => {
  it(`exactly one writes the report and its charts, the other refuses and leaves them whole, in ${ROUNDS} rounds`, { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const answers = ['owner', 'manager'].map((who) => join(repoRoot, `examples/service-culture/${who}.yaml`));
    for (let round = 0; round < ROUNDS; round++) {
      const out = `r-${round}.md`;
      const results = await Promise.all(answers.map((file) => runCliAsync(['report', file, '-o', out], dir)));
      expect(results.map((result) => result.code).sort(), results.map((result) => result.stderr).join('\n')).toEqual([0, 2]);
      const winner = results.findIndex((result) => result.code === 0);
      const [mine, theirs] = winner === 0 ? ['Anna Kowalski', 'Ben Adeyemi'] : ['Ben Adeyemi', 'Anna Kowalski'];
      expect(readFileSync(join(dir, out), 'utf8')).toContain(mine);
      expect(readFileSync(join(dir, out), 'utf8')).not.toContain(theirs);
      expect(results[1 - winner]?.stderr).toMatch(/already exists.*; use --force to replace it/);
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

function runCliAsync(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
