import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleLoader, cacheFileOf } from '../../../src/boot/bundle-loader.js';
import { tempDir } from '../../helpers/cli.js';

/** Two bundles that both require a third, as the commands' bundles share dist/errors.cjs. */
function bundles(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'shared.cjs'), 'exports.loads = (exports.loads ?? 0) + 1; exports.Marker = class Marker {};');
  writeFileSync(join(dir, 'a.cjs'), "const s = require('./shared.cjs'); exports.marker = new s.Marker(); exports.sep = require('node:path').sep;");
  writeFileSync(join(dir, 'b.cjs'), "const s = require('./shared.cjs'); exports.isMarker = (x) => x instanceof s.Marker; exports.where = [__filename, __dirname];");
  writeFileSync(join(dir, 'broken.cjs'), "globalThis.brokenRuns = (globalThis.brokenRuns ?? 0) + 1; throw new Error('broken on load');");
  return dir;
}

const load = (dir: string, loader = bundleLoader()) => ({ loader, require: loader.requireFrom(join(dir, 'entry.cjs')) });

describe('the bundle loader (src/boot/bundle-loader.ts)', () => {
  it('loads a bundle once, so classes are shared across bundles, and passes Node modules through', () => {
    const dir = bundles();
    const { require, loader } = load(dir);
    const a = require('./a.cjs') as { marker: object; sep: string };
    const b = require('./b.cjs') as { isMarker: (x: unknown) => boolean; where: string[] };
    expect(b.isMarker(a.marker)).toBe(true);
    expect((require('./shared.cjs') as { loads: number }).loads).toBe(1);
    expect(a.sep).toBe('/');
    expect(b.where).toEqual([join(dir, 'b.cjs'), dir]);
    expect(loader.loaded().map(({ file }) => file)).toEqual([join(dir, 'a.cjs'), join(dir, 'shared.cjs'), join(dir, 'b.cjs')]);
  });

  it('writes code caches that the next loader accepts', () => {
    const dir = bundles();
    const first = load(dir);
    first.require('./a.cjs');
    expect(first.loader.loaded().every(({ cache }) => cache === 'absent')).toBe(true);
    first.loader.writeCaches();
    expect(existsSync(cacheFileOf(join(dir, 'a.cjs')))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const second = load(dir);
    expect((second.require('./a.cjs') as { sep: string }).sep).toBe('/');
    expect(second.loader.loaded().map(({ cache }) => cache)).toEqual(['accepted', 'accepted']);
  });

  it('compiles from source when a cache does not fit (another Node, or damaged), with the same result', () => {
    const dir = bundles();
    writeFileSync(cacheFileOf(join(dir, 'b.cjs')), Buffer.from('not a V8 code cache'));
    const { require, loader } = load(dir);
    expect((require('./b.cjs') as { where: string[] }).where[1]).toBe(dir);
    expect(loader.loaded().find(({ file }) => file.endsWith('b.cjs'))?.cache).toBe('rejected');
  });

  it('ignores a cache older than its bundle: V8 would take a cache of other code of the same length', () => {
    const dir = bundles();
    const first = load(dir);
    first.require('./shared.cjs');
    first.loader.writeCaches();
    const bundle = join(dir, 'shared.cjs');
    // Same length, other code: with the old cache, V8 would run the old code.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('?? 0) + 1', '?? 0) + 7'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 60_000));
    const second = load(dir);
    expect((second.require('./shared.cjs') as { loads: number }).loads).toBe(7);
    expect(second.loader.loaded().map(({ cache }) => cache)).toEqual(['absent']);
  });

  it('with a cache folder, writes there (made if need be) only the caches that were missing or rejected, and the next loader accepts them', () => {
    const dir = bundles();
    const folder = join(tempDir(), 'cache', 'bundles');
    const first = load(dir, bundleLoader(folder));
    first.require('./a.cjs');
    first.loader.writeMissingCaches();
    const names = readdirSync(folder).sort();
    // Named for the bundle as it is now: its size and time of writing.
    const { size } = statSync(join(dir, 'a.cjs'));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(new RegExp(`^a\\.cjs-${size}-\\d+\\.code-cache$`));
    expect(names[1]).toMatch(/^shared\.cjs-\d+-\d+\.code-cache$/);
    expect(existsSync(cacheFileOf(join(dir, 'a.cjs')))).toBe(false);
    // A damaged cache is rejected, so written again; accepted ones are left alone. (b.cjs: a bundle
    // this process has compiled before would come from V8's own memory, whatever its cache.)
    const damaged = Buffer.from('not a V8 code cache');
    writeFileSync(cacheFileOf(join(dir, 'b.cjs'), folder), damaged);
    const kept = statSync(cacheFileOf(join(dir, 'a.cjs'), folder)).mtimeMs;
    const second = load(dir, bundleLoader(folder));
    expect((second.require('./b.cjs') as { where: string[] }).where[1]).toBe(dir);
    second.require('./a.cjs');
    expect(second.loader.loaded().map(({ file, cache }) => [file.slice(dir.length + 1), cache])).toEqual([
      ['b.cjs', 'rejected'],
      ['shared.cjs', 'accepted'],
      ['a.cjs', 'accepted'],
    ]);
    second.loader.writeMissingCaches();
    expect(statSync(cacheFileOf(join(dir, 'a.cjs'), folder)).mtimeMs).toBe(kept);
    expect(statSync(cacheFileOf(join(dir, 'b.cjs'), folder)).size).toBeGreaterThan(damaged.length);
  });

  it('a cache folder that cannot be made is no error: the next run compiles again', () => {
    const dir = bundles();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const { require, loader } = load(dir, bundleLoader(join(blocker, 'cache')));
    require('./a.cjs');
    expect(() => loader.writeMissingCaches()).not.toThrow();
    expect(loader.loaded().map(({ cache }) => cache)).toEqual(['absent', 'absent']);
  });

  it('forgets a bundle whose loading threw, as Node does', () => {
    const dir = bundles();
    const { require } = load(dir);
    expect(() => require('./broken.cjs')).toThrow('broken on load');
    expect(() => require('./broken.cjs')).toThrow('broken on load');
    expect((globalThis as { brokenRuns?: number }).brokenRuns).toBe(2);
  });
});
