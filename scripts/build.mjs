// Builds dist/: the CLI as CommonJS bundles, each with a V8 code cache (src/boot/bundle-loader.ts).
//   dist/cli.cjs      the entry: loads the others through their caches
//   dist/main.cjs     the shell: commander, the commands' options and help, the error handler
//   dist/<name>.cjs   one per module a command loads with import() (its action, the terminal Io, ...),
//                     self-contained, so a command loads its own code and nothing else's
//   dist/errors.cjs   the error classes, shared by all, so `instanceof` works across bundles
// Also validates the built-in questionnaires, so the bundles can carry them validated.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions as options, trainCodeCaches } from './bundle-options.mjs';
import { trainingRuns } from './code-cache-training.mjs';

const require = createRequire(import.meta.url);

/**
 * The parts of the CLI the build itself uses (the questionnaire loader, the bundle loader), bundled
 * to a temporary file: the build validates with the CLI's own code, not a copy of it.
 */
async function buildTools(dir) {
  const file = join(dir, 'build-tools.cjs');
  await build({
    ...options,
    stdin: {
      contents: `export { parseQuestionnaire } from './src/questionnaire/parse.ts';
        export { readInputText } from './src/load/read-input.ts';
        export { cacheFileOf, compileBundle } from './src/boot/bundle-loader.ts';`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    outfile: file,
  });
  return require(file);
}

/**
 * Every questionnaires/*.yaml, parsed and validated by the CLI's own loader: pairs of the file's
 * text and the validated questionnaire as JSON (src/questionnaire/built-ins.ts). An invalid
 * built-in fails the build, with its problems.
 */
function validateBuiltIns({ parseQuestionnaire, readInputText }) {
  const table = [];
  for (const name of readdirSync('questionnaires').filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = join('questionnaires', name);
    const text = readInputText(file);
    try {
      table.push([text, JSON.stringify(parseQuestionnaire(file, text))]);
    } catch (error) {
      throw new Error(`built-in questionnaire ${file} is invalid:\n${error.message}`);
    }
  }
  return table;
}

const ERRORS = resolve('src/util/errors.ts');

/**
 * Bundles the shell and, in turn, every module some bundle loads with import(), each into its own
 * dist/<name>.cjs: an import() is where a bundle ends. Returns the names of the bundles.
 */
async function bundleAll(define) {
  const sources = new Map([['main', resolve('src/cli.ts')], ['errors', ERRORS]]);
  const boundaries = {
    name: 'bundle-boundaries',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!args.importer.startsWith(resolve('src'))) return undefined;
        const source = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (args.kind === 'dynamic-import') {
          const name = basename(source, '.ts');
          if (sources.has(name) && sources.get(name) !== source) throw new Error(`two lazily loaded modules named ${name}: ${sources.get(name)} and ${source}`);
          sources.set(name, source);
          return { path: `./${name}.cjs`, external: true };
        }
        if (source === ERRORS && args.importer !== ERRORS) return { path: './errors.cjs', external: true };
        return undefined;
      });
    },
  };
  const built = new Set();
  while (built.size < sources.size) {
    const pending = [...sources].filter(([name]) => !built.has(name));
    await build({
      ...options,
      entryPoints: Object.fromEntries(pending),
      outdir: 'dist',
      outExtension: { '.js': '.cjs' },
      plugins: [...options.plugins, boundaries],
      define: { ...options.define, ...define },
    });
    for (const [name] of pending) built.add(name);
  }
  await build({ ...options, entryPoints: { cli: 'src/boot/start.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } });
  return [...built];
}

/** Code caches from runs of the CLI on the examples; a bundle no run loads gets a cache of its top level. */
function writeCodeCaches(names, { cacheFileOf, compileBundle }) {
  const out = mkdtempSync(join(tmpdir(), 'culture-audit-train-'));
  try {
    trainCodeCaches('dist/cli.cjs', trainingRuns(out));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  for (const name of names) {
    const file = resolve('dist', `${name}.cjs`);
    if (!existsSync(cacheFileOf(file))) writeFileSync(cacheFileOf(file), compileBundle(file).createCachedData());
  }
}

const toolsDir = mkdtempSync(join(tmpdir(), 'culture-audit-build-'));
try {
  const tools = await buildTools(toolsDir);
  const builtIns = validateBuiltIns(tools);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  // Bundle names come from the source: without a clean folder, renamed ones would pile up.
  rmSync('dist', { recursive: true, force: true });
  const names = await bundleAll({
    CULTURE_AUDIT_VERSION: JSON.stringify(version),
    // A string, parsed when first needed: an object here would be built in every bundle that has it.
    CULTURE_AUDIT_BUILT_INS: JSON.stringify(JSON.stringify(builtIns)),
  });
  writeCodeCaches(names, tools);
} finally {
  rmSync(toolsDir, { recursive: true, force: true });
}
