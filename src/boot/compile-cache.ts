import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Node 22.1 and later cache the code they compile, in a folder they are given; Node 20 cannot, and
// loads the bundles through the code caches the build wrote beside them (see bundle-loader.ts),
// which a newer Node rejects. The folder is the user's, never the installed package's, which may
// be read-only and is shared.

type EnableCompileCache = (directory?: string) => { status: number; message?: string; directory?: string };

/** Where culture-audit's compiled code is cached: `$CULTURE_AUDIT_CACHE`, else the user's cache folder. */
export function compileCacheFolder(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir, platform = process.platform): string {
  if (env.CULTURE_AUDIT_CACHE) return env.CULTURE_AUDIT_CACHE;
  const base = env.XDG_CACHE_HOME || (platform === 'win32' && env.LOCALAPPDATA) || join(home(), '.cache');
  return join(base, 'culture-audit');
}

/**
 * Turns Node's compile cache on, in compileCacheFolder(); the folder where it is on, undefined on
 * Node 20, when NODE_DISABLE_COMPILE_CACHE is set, or when the folder cannot be made (a read-only
 * home): the bundles then load as on Node 20, only slower.
 */
export function enableCompileCache(): string | undefined {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (!enable) return undefined;
  let folder: string;
  try {
    folder = compileCacheFolder();
  } catch {
    // No home folder to find: nowhere to keep a cache.
    return undefined;
  }
  const { status, directory } = enable(folder);
  const statuses = (nodeModule as { constants?: { compileCacheStatus?: Record<string, number> } }).constants?.compileCacheStatus ?? {};
  return status === statuses.ENABLED || status === statuses.ALREADY_ENABLED ? (directory ?? folder) : undefined;
}

/**
 * Where the bundles' code caches are kept on this Node: undefined for the Node version that built
 * them, which reads the caches `npm run build` wrote beside them. Any other version would have
 * those rejected, so it keeps its own in compileCacheFolder(), one folder per version and kind of
 * run (runKind), written by the first run of that kind that loads a bundle. Node's own compile
 * cache is no substitute for the bundles: it caches a module as it is compiled, before it runs, so
 * the functions a run compiles on the way (most of a command's code) are compiled again on every
 * run; a cache made as the process exits holds them. Undefined too when NODE_DISABLE_COMPILE_CACHE
 * is set or there is no home folder.
 */
export function bundleCacheFolder(builtWith: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): string | undefined {
  if (process.version === builtWith || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    return join(compileCacheFolder(env, home), `bundles-${process.version}-${process.arch}`, runKind(args));
  } catch {
    // No home folder to find: nowhere to keep a cache.
    return undefined;
  }
}

/**
 * What a run compiles, as a folder name: `help` (commander's help formatting), `version`, else the
 * command it names. A cache holds only what the run that wrote it compiled, so `--help` after a
 * `score` or a `--version` wrote dist/main.cjs's would compile the help every time (8 ms on
 * Node 24); each kind keeps its own.
 */
export function runKind(args: readonly string[]): string {
  const first = args[0];
  if (first === undefined || first === 'help' || args.some((arg) => arg === '-h' || arg === '--help')) return 'help';
  if (args.some((arg) => arg === '-V' || arg === '--version')) return 'version';
  return /^[a-z]{1,20}$/.test(first) ? first : 'other';
}
