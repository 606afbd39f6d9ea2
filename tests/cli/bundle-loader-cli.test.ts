import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf } from '../../src/boot/bundle-loader.js';
import { spawnSync } from 'node:child_process';
import { cliNode, repoRoot, runCli, tempDir } from '../helpers/cli.js';

/** The version of the Node the CLI runs on (another one than this under .ci/current-nodes). */
const [major = 0, minor = 0] = spawnSync(cliNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
const hasCompileCache = major > 22 || (major === 22 && minor >= 1);

// The bundles `npm run build` writes; the loader itself is tested in tests/unit/boot/bundle-loader.test.ts.

describe('the built CLI (npm run build)', () => {
  it.runIf(!hasCompileCache)('has a code cache for every bundle, and this Node accepts them (CULTURE_AUDIT_DEBUG says so)', () => {
    const dist = join(repoRoot, 'dist');
    const names = readdirSync(dist).filter((name) => name.endsWith('.cjs') && name !== 'cli.cjs');
    expect(names).toEqual(expect.arrayContaining(['main.cjs', 'errors.cjs', 'score.cjs', 'team.cjs', 'run.cjs']));
    for (const name of names) expect(existsSync(cacheFileOf(join(dist, name))), name).toBe(true);
    const scored = runCli(['score', 'examples/service-culture/manager.yaml'], { env: { CULTURE_AUDIT_DEBUG: '1' } });
    expect(scored.code).toBe(0);
    expect(scored.stderr).toBe('code cache: main.cjs accepted, errors.cjs accepted, score.cjs accepted, io.cjs accepted\n');
  });

  it.runIf(hasCompileCache)("uses Node's own compile cache, in $CULTURE_AUDIT_CACHE, and gives the same output as without it", () => {
    const cache = join(tempDir(), 'cache');
    const args = ['score', 'examples/service-culture/manager.yaml'];
    const cached = runCli(args, { env: { CULTURE_AUDIT_DEBUG: '1', CULTURE_AUDIT_CACHE: cache } });
    expect(cached.code).toBe(0);
    expect(cached.stderr).toBe(`code cache: Node's, in ${cache}\n`);
    // Node keeps one folder per version inside: found and cleared by deleting the folder.
    expect(readdirSync(cache)).toHaveLength(1);
    const again = runCli(args, { env: { CULTURE_AUDIT_CACHE: cache } });
    const uncached = runCli(args, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect([again.stdout, again.code]).toEqual([uncached.stdout, uncached.code]);
  });

  it('starts from CommonJS: the bin and the entry are not ES modules', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(join(repoRoot, 'bin', 'culture-audit.js'), 'utf8')).toContain("require('../dist/cli.cjs')");
  });
});
