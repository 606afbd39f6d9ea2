// esbuild settings shared by the CLI build and the bench's parse floor, so both load alike, and
// the code-cache training both go through.
import { execFileSync } from 'node:child_process';

/**
 * commander requires node:child_process when it loads, for executable subcommands, which this CLI
 * has none of; that module (and node:net with it) cost every start a few milliseconds. commander
 * gets a stand-in that loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
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
  define: { 'import.meta.url': '__import_meta_url' },
  plugins: [lazyChildProcessForCommander],
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
