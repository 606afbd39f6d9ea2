import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliNode, cliPath, repoRoot, runCli } from '../helpers/cli.js';

const preload = join(repoRoot, 'tests', 'fixtures', 'start-up', 'print-node-modules.cjs');

/** The Node modules a run of the built CLI loaded (the preload prints them at exit). */
function nodeModulesLoaded(args: string[]): string[] {
  const result = runCli(args, { env: { NODE_OPTIONS: `--require ${preload}` } });
  expect(result.code).toBe(0);
  const line = result.stderr.split('\n').find((text) => text.startsWith('node modules: '));
  expect(line).toBeDefined();
  return (line ?? '').slice('node modules: '.length).split(' ');
}

// scripts/bundle-options.mjs gives these modules stand-ins that load them on first use: a start
// that never calls them does not pay for them (node:crypto is 5 ms of a start on Node 24).
describe('start-up spares the Node modules it does not call', () => {
  it.each([[['--version']], [['--help']], [['score', 'examples/service-culture/manager.yaml']]])('%j loads neither node:crypto nor node:child_process', (args) => {
    const loaded = nodeModulesLoaded(args);
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('crypto');
    expect(loaded).not.toContain('child_process');
  });

  // src/boot/stdio.ts writes to a pipe's descriptor itself, and chalk no longer asks node:tty
  // (scripts/bundle-options.mjs): the process.stdout Node makes for a pipe costs node:net and node:stream.
  it.each([[['--version']], [['--help']], [['score', 'examples/service-culture/manager.yaml']]])('%j, written to a pipe, loads neither node:net nor node:tty', (args) => {
    const loaded = nodeModulesLoaded(args);
    expect(loaded).not.toContain('net');
    expect(loaded).not.toContain('tty');
  });

  // What a parent that ignores the output (spawn's 'ignore', the bench) gives: stdout on /dev/null.
  it.each([[['--version']], [['score', 'examples/service-culture/manager.yaml']]])('%j, written to /dev/null, loads neither node:stream nor node:tty', (args) => {
    const result = spawnSync(cliNode, [cliPath, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', CI: 'true', NODE_OPTIONS: `--require ${preload}` },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const line = result.stderr.split('\n').find((text) => text.startsWith('node modules: ')) ?? '';
    expect(line).not.toBe('');
    const loaded = line.slice('node modules: '.length).split(' ');
    expect(loaded).not.toContain('stream');
    expect(loaded).not.toContain('tty');
  });

  it('a command that hashes still gets the real node:crypto (template writes the questionnaire hash)', () => {
    const loaded = nodeModulesLoaded(['template', 'service-culture']);
    expect(loaded).toContain('crypto');
  });
});
