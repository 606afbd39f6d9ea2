// The entry point of the built CLI (dist/cli.cjs; bin/culture-audit.js requires it). It stays tiny
// because it is the one file compiled without a code cache: everything else is a bundle it loads.
import { basename } from 'node:path';
import { bundleLoader } from './bundle-loader.js';
import { bundleCacheFolder, enableCompileCache } from './compile-cache.js';

/** The Node version that ran the build's training, whose code caches sit beside the bundles. */
declare const CULTURE_AUDIT_BUILD_NODE: string;

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
loader.requireFrom(__filename)('./main.cjs');
