import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf } from '../../src/boot/bundle-loader.js';
import { spawnSync } from 'node:child_process';
import { cliNode, repoRoot, runCli, tempDir } from '../helpers/cli.js';

/** The version of the Node the CLI runs on (another one than this under .ci/current-nodes). */
const cliVersion = spawnSync(cliNode, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
const [major = 0, minor = 0] = cliVersion.slice(1).split('.').map(Number);
const hasCompileCache = major > 22 || (major === 22 && minor >= 1);
/** `npm run build` ran on this Node, and its caches fit only the version that made them. */
const onBuildNode = cliVersion === process.version;

// The bundles `npm run build` writes; the loader itself is tested in tests/unit/boot/bundle-loader.test.ts.

describe('the built CLI (npm run build)', () => {
  it('has no character beyond Latin-1 in any bundle: one makes V8 hold the whole bundle two bytes a character', () => {
    const dist = join(repoRoot, 'dist');
    for (const name of readdirSync(dist).filter((file) => file.endsWith('.cjs'))) expect(/[^\x00-\xff]/.exec(readFileSync(join(dist, name), 'utf8'))?.[0], name).toBeUndefined();
  });

  it.runIf(onBuildNode)('has a code cache for every bundle, and the Node that built them accepts them (CULTURE_AUDIT_DEBUG says so)', () => {
    const dist = join(repoRoot, 'dist');
    const names = readdirSync(dist).filter((name) => name.endsWith('.cjs') && name !== 'cli.cjs');
    expect(names).toEqual(expect.arrayContaining(['main.cjs', 'errors.cjs', 'score.cjs', 'team.cjs', 'run.cjs']));
    for (const name of names) expect(existsSync(cacheFileOf(join(dist, name))), name).toBe(true);
    const cache = join(tempDir(), 'cache');
    const scored = runCli(['score', 'examples/service-culture/manager.yaml'], { env: { CULTURE_AUDIT_DEBUG: '1', CULTURE_AUDIT_CACHE: cache } });
    expect(scored.code).toBe(0);
    const node = hasCompileCache ? `; Node's, in ${cache}` : '';
    expect(scored.stderr).toBe(`code cache: main.cjs accepted, errors.cjs accepted, score.cjs accepted, io.cjs accepted${node}\n`);
  });

  it.runIf(!onBuildNode)('on another Node, keeps code caches of its own in $CULTURE_AUDIT_CACHE, made by the first run of each kind, with the same output as without', () => {
    const cache = join(tempDir(), 'cache');
    const own = join(cache, `bundles-${cliVersion}-${process.arch}`, 'score');
    const node = hasCompileCache ? `; Node's, in ${cache}` : '';
    const args = ['score', 'examples/service-culture/manager.yaml'];
    const first = runCli(args, { env: { CULTURE_AUDIT_DEBUG: '1', CULTURE_AUDIT_CACHE: cache } });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`code cache: main.cjs absent, errors.cjs absent, score.cjs absent, io.cjs absent (kept in ${own})${node}\n`);
    expect(readdirSync(own).filter((name) => name.endsWith('.code-cache'))).toHaveLength(4);
    const again = runCli(args, { env: { CULTURE_AUDIT_DEBUG: '1', CULTURE_AUDIT_CACHE: cache } });
    expect(again.stderr).toBe(`code cache: main.cjs accepted, errors.cjs accepted, score.cjs accepted, io.cjs accepted (kept in ${own})${node}\n`);
    // Each kind of run keeps its own, and only a run that succeeded writes.
    const versionFolder = join(cache, `bundles-${cliVersion}-${process.arch}`);
    expect(runCli(['--help'], { env: { CULTURE_AUDIT_CACHE: cache } }).code).toBe(0);
    expect(runCli(['scor'], { env: { CULTURE_AUDIT_CACHE: cache } }).code).toBe(2);
    expect(readdirSync(versionFolder).sort()).toEqual(['help', 'score']);
    // Everything in the one folder: found and cleared by deleting it.
    expect(readdirSync(cache).filter((name) => !name.startsWith('bundles-') && !name.startsWith(`${cliVersion}-`))).toEqual([]);
    const uncached = runCli(args, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect([again.stdout, again.code]).toEqual([uncached.stdout, uncached.code]);
  });

  it('starts from CommonJS: the bin and the entry are not ES modules', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(join(repoRoot, 'bin', 'culture-audit.js'), 'utf8')).toContain("require('../dist/cli.cjs')");
  });
});
