// esbuild settings shared by the CLI build and the bench's parse floor, so both load alike, and
// the code-cache training both go through.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Node modules that cost a start milliseconds to load and that most runs never call: commander
 * requires node:child_process for executable subcommands, which this CLI has none of (and
 * node:net comes with it); node:crypto (5 ms on Node 24) hashes questionnaires, which `--help` or a
 * `score` of a built-in never does; node:zlib (about 1 ms) unpacks .xlsx workbooks only, which a
 * `team` over CSV or YAML never reads. Each gets a stand-in with
 * a getter for every export that loads the real module on first use. The export names are read
 * from the Node that builds, so a stand-in has every name the real module has.
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'zlib'];

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    // The stand-in's own require goes to Node.
    build.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const getters = Object.keys(require(`node:${args.path}`)).map((name) => `get ${JSON.stringify(name)}() { return require('node:${args.path}')[${JSON.stringify(name)}]; }`);
      return { contents: `module.exports = { ${getters.join(', ')} };`, loader: 'js' };
    });
  },
};

/**
 * chalk asks node:tty, as it loads, whether stdout and stderr are terminals, for its default
 * instance; node:tty loads node:net and node:stream (about 4 ms of a start). The CLI never uses that
 * instance: every Chalk it makes is given its level (src/cli/io.ts, src/cli/command-result.ts,
 * from colorEnabled), so chalk gets a supports-color that answers "no colour" without asking.
 */
const chalkWithoutTty = {
  name: 'chalk-without-tty',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'chalk-without-tty' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'chalk-without-tty' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  // CommonJS: a CommonJS start skips Node's ESM loader, and only CommonJS can be given a code cache
  // on Node 20 (src/boot/bundle-loader.ts).
  format: 'cjs',
  target: 'node20',
  // import() becomes require(), so a lazily loaded bundle goes through the loader and its cache.
  supported: { 'dynamic-import': false },
  sourcemap: false,
  // Whitespace and syntax only: names stay, so a stack trace (CULTURE_AUDIT_DEBUG=1) still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // Loaded from node_modules only when a PDF is printed (src/print/print-pdf.ts): bundling it would
  // copy the whole browser driver, which finds its own files beside it, into dist/.
  external: ['playwright-core'],
  define: {
    'import.meta.url': '__import_meta_url',
    // The Node that builds, and so trains the code caches beside the bundles: they fit that version
    // only, and src/boot/start.ts gives any other its own (the bench's parse floor included).
    CULTURE_AUDIT_BUILD_NODE: JSON.stringify(process.version),
  },
  plugins: [lazyBuiltins, chalkWithoutTty],
  banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * Runs a built entry (dist/cli.cjs, or the bench's floor) once per argument list with
 * CULTURE_AUDIT_TRAIN_CODE_CACHE=1, which makes src/boot/start.ts write the code cache of every
 * bundle the run loaded: a cache then holds the functions a real run compiles, not only the top level.
 */
export function trainCodeCaches(entry, runs) {
  for (const args of runs) {
    execFileSync(process.execPath, [entry, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', CULTURE_AUDIT_TRAIN_CODE_CACHE: '1' },
    });
  }
}
