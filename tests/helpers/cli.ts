import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const cliPath = join(repoRoot, 'bin', 'culture-audit.js');
/** The Node that runs the CLI: this one, or another release CI checks (.ci/current-nodes sets it). */
export const cliNode = process.env.CULTURE_AUDIT_TEST_NODE || process.execPath;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (npm test builds first), without colour or a terminal. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(cliNode, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: 'true', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const madeDirs: string[] = [];

/** Removes the folders tempDir() made so far. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Registered once per test file when it imports this helper: tempDir() is often called inside a
// test, where an afterAll of its own would never run and the folder would stay behind. (Where test
// files share modules, the unit project's tests/helpers/remove-temp-dirs.ts registers it per file.)
afterAll(removeTempDirs);

/** A temporary folder removed after the test file. */
export function tempDir(prefix = 'culture-audit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
