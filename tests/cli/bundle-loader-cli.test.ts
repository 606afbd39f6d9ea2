import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf } from '../../src/boot/bundle-loader.js';
import { repoRoot, runCli } from '../helpers/cli.js';

// The bundles `npm run build` writes; the loader itself is tested in tests/unit/boot/bundle-loader.test.ts.

describe('the built CLI (npm run build)', () => {
  it('has a code cache for every bundle, and this Node accepts them (CULTURE_AUDIT_DEBUG says so)', () => {
    const dist = join(repoRoot, 'dist');
    const names = readdirSync(dist).filter((name) => name.endsWith('.cjs') && name !== 'cli.cjs');
    expect(names).toEqual(expect.arrayContaining(['main.cjs', 'errors.cjs', 'score.cjs', 'team.cjs', 'run.cjs']));
    for (const name of names) expect(existsSync(cacheFileOf(join(dist, name))), name).toBe(true);
    const scored = runCli(['score', 'examples/service-culture/manager.yaml'], { env: { CULTURE_AUDIT_DEBUG: '1' } });
    expect(scored.code).toBe(0);
    expect(scored.stderr).toBe('code cache: main.cjs accepted, errors.cjs accepted, score.cjs accepted, io.cjs accepted\n');
  });

  it('starts from CommonJS: the bin and the entry are not ES modules', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(join(repoRoot, 'bin', 'culture-audit.js'), 'utf8')).toContain("require('../dist/cli.cjs')");
  });
});
