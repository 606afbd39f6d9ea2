// The entry point of the built CLI (dist/cli.cjs; bin/culture-audit.js requires it). It stays tiny
// because it is the one file compiled without a code cache: everything else is a bundle it loads.
import { basename } from 'node:path';
import { bundleLoader } from './bundle-loader.js';
import { bundleCacheFolder, enableCompileCache } from './compile-cache.js';
import { exitOnBrokenPipe, isTerminal, writeText } from './stdio.js';

/** The Node version that ran the build's training, whose code caches sit beside the bundles. */
declare const CULTURE_AUDIT_BUILD_NODE: string;
/**
 * What `culture-audit --help` printed to a pipe when scripts/build.mjs ran the built CLI: commander
 * lays the help out 80 wide whenever stdout is no terminal, so it is the same text on every such run.
 * Absent in the first build of this file, the one that captures it.
 */
declare const CULTURE_AUDIT_HELP: string | undefined;

// Set only by scripts/build.mjs, whose training runs write the caches the next starts read.
const training = process.env.CULTURE_AUDIT_TRAIN_CODE_CACHE === '1';
// Node's own compile cache (Node 22.1+) for what Node itself loads (playwright-core, for PDFs); the
// bundles keep code caches of their own, made after a run (see bundleCacheFolder).
const nodeCache = training ? undefined : enableCompileCache();
const ownCache = training ? undefined : bundleCacheFolder(CULTURE_AUDIT_BUILD_NODE, process.argv.slice(2));
const loader = bundleLoader(ownCache);
if (training) process.on('exit', () => loader.writeCaches());
// Only a run that succeeded: a misspelt command would leave a folder of its own.
else if (ownCache !== undefined) process.on('exit', (code) => code === 0 && loader.writeMissingCaches());
// A slow start is most often caches built by another Node version: say what became of each.
if (process.env.CULTURE_AUDIT_DEBUG) {
  process.on('exit', () => {
    const uses = loader.loaded().map(({ file, cache }) => `${basename(file)} ${cache}`);
    const where = ownCache === undefined ? '' : ` (kept in ${ownCache})`;
    const node = nodeCache === undefined ? '' : `; Node's, in ${nodeCache}`;
    process.stderr.write(`code cache: ${uses.join(', ')}${where}${node}\n`);
  });
}
// `--help` not on a terminal prints the text the build captured, without loading commander and
// every command's options (dist/main.cjs, about 5 ms); on a terminal it is laid out to its width.
// CULTURE_AUDIT_DEBUG reports the bundles' caches, so it takes the usual way.
const args = process.argv.slice(2);
const builtHelp = typeof CULTURE_AUDIT_HELP === 'string' && !training && !process.env.CULTURE_AUDIT_DEBUG ? CULTURE_AUDIT_HELP : undefined;
const helpOnly = builtHelp !== undefined && args.length === 1 && (args[0] === '--help' || args[0] === '-h');
// A reader that closes the pipe early ends the run quietly, as dist/main.cjs does (src/cli.ts);
// first, so that isTerminal() can answer without making process.stdout.
if (helpOnly) exitOnBrokenPipe();
if (helpOnly && !isTerminal(1)) {
  writeText(1, builtHelp);
} else {
  loader.requireFrom(__filename)('./main.cjs');
}
