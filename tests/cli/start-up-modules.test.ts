import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

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

  it('a command that hashes still gets the real node:crypto (template writes the questionnaire hash)', () => {
    const loaded = nodeModulesLoaded(['template', 'service-culture']);
    expect(loaded).toContain('crypto');
  });
});
