import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads the CLI's own CommonJS bundles (dist/*.cjs) with a V8 code cache beside each one, so a
 * start pays neither for compiling the bundle nor for Node's ESM loader. This is what Node 22's
 * `module.enableCompileCache()` does; Node 20 has no such switch. `npm run build` writes the
 * caches from training runs (scripts/build.mjs); a cache that does not fit the running Node is
 * rejected by V8, and the bundle is then compiled from its source as usual: never wrong, only slower.
 * Any other Node keeps caches of its own in a folder of the user's (src/boot/compile-cache.ts).
 */
export interface BundleLoader {
  /** `require` for code inside a bundle: `./<name>.cjs` is another bundle, anything else goes to Node. */
  requireFrom(file: string): (id: string) => unknown;
  /** Writes the code cache of every bundle loaded so far (build-time training only). */
  writeCaches(): void;
  /**
   * Writes the code cache of every bundle loaded so far whose cache was absent or rejected, into
   * the loader's cache folder, made if need be. Never fails: a folder that cannot be written
   * (a read-only home) leaves the next run to compile the bundles again.
   */
  writeMissingCaches(): void;
  /** Every bundle loaded so far and what became of its code cache. */
  loaded(): { file: string; cache: CacheUse }[];
}

/** `rejected`: V8 found the cache made by another Node version or with other flags, and compiled the source. */
export type CacheUse = 'accepted' | 'rejected' | 'absent';

/**
 * Where a bundle's code cache lives: beside it (the build's), or in the folder given, under a name
 * that holds the bundle's size and time of writing, so a reinstalled or rebuilt bundle never meets
 * a cache of its former self (V8 checks a cache against the source's length only).
 */
export function cacheFileOf(bundle: string, folder?: string): string {
  if (folder === undefined) return `${bundle}.code-cache`;
  const { size, mtimeMs } = statSync(bundle);
  return join(folder, `${basename(bundle)}-${size}-${Math.trunc(mtimeMs)}.code-cache`);
}

interface LoadedBundle {
  exports: unknown;
  script: Script;
}

/** `cacheFolder`: where the code caches are read and written; beside the bundles when not given. */
export function bundleLoader(cacheFolder?: string): BundleLoader {
  const loaded = new Map<string, LoadedBundle>();

  function load(file: string): unknown {
    const known = loaded.get(file);
    if (known) return known.exports;
    const script = compileBundle(file, cacheFolder);
    const module = { exports: {} as unknown };
    // Registered before it runs, as Node does, so bundles that require each other see one instance.
    const entry: LoadedBundle = { exports: module.exports, script };
    loaded.set(file, entry);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    try {
      wrapper.call(module.exports, module.exports, requireFrom(file), module, file, dirname(file));
    } catch (error) {
      // As Node does: a bundle that failed to load is loaded afresh by the next require.
      loaded.delete(file);
      throw error;
    }
    entry.exports = module.exports;
    return module.exports;
  }

  function requireFrom(file: string): (id: string) => unknown {
    const nodeRequire = createRequire(file);
    return (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : nodeRequire(id));
  }

  function writeCache(file: string, script: Script): void {
    const cache = cacheFileOf(file, cacheFolder);
    // Written aside and renamed: a run starting meanwhile reads a whole cache or none.
    const temp = `${cache}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cache);
  }

  function writeCaches(): void {
    for (const [file, { script }] of loaded) writeCache(file, script);
  }

  function writeMissingCaches(): void {
    const missing = [...loaded].filter(([, { script }]) => cacheUse(script) !== 'accepted');
    if (missing.length === 0) return;
    try {
      if (cacheFolder !== undefined) mkdirSync(cacheFolder, { recursive: true });
      for (const [file, { script }] of missing) writeCache(file, script);
    } catch {
      // A cache is only ever a saving: the run itself has done its work.
    }
  }

  return {
    requireFrom,
    writeCaches,
    writeMissingCaches,
    loaded: () => [...loaded].map(([file, { script }]) => ({ file, cache: cacheUse(script) })),
  };
}

/** The bundle as Node would wrap a CommonJS module, with its code cache when there is one. */
export function compileBundle(file: string, cacheFolder?: string): Script {
  const source = readFileSync(file, 'utf8');
  // Same first line as the source, so line numbers in stack traces stay true.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  return new Script(wrapped, { filename: file, cachedData: readCache(file, cacheFolder) });
}

function cacheUse(script: Script): CacheUse {
  if (script.cachedDataRejected === undefined) return 'absent';
  return script.cachedDataRejected ? 'rejected' : 'accepted';
}

/**
 * The bundle's code cache, unless the bundle changed after it was made. V8 checks a cache against
 * the source's length only, so a bundle edited to the same length would run the old code.
 */
function readCache(file: string, cacheFolder: string | undefined): Buffer | undefined {
  try {
    const cache = cacheFileOf(file, cacheFolder);
    if (statSync(file).mtimeMs > statSync(cache).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}
