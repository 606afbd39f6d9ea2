// The entry point of the built CLI (dist/cli.cjs; bin/culture-audit.js requires it). It stays tiny
// because it is the one file compiled without a code cache: everything else is a bundle it loads.
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { bundleLoader } from './bundle-loader.js';
import { enableCompileCache } from './compile-cache.js';

// Node's own compile cache where there is one (Node 22.1+); else the build's code caches. Training
// writes the build's caches, so it always takes the second way.
const nodeCache = process.env.CULTURE_AUDIT_TRAIN_CODE_CACHE === '1' ? undefined : enableCompileCache();
const loader = bundleLoader();
// Set only by scripts/build.mjs, whose training runs write the caches the next starts read.
if (process.env.CULTURE_AUDIT_TRAIN_CODE_CACHE === '1') process.on('exit', () => loader.writeCaches());
// A slow start is most often caches built by another Node version: say what became of each.
if (process.env.CULTURE_AUDIT_DEBUG) {
  process.on('exit', () => {
    const uses = loader.loaded().map(({ file, cache }) => `${basename(file)} ${cache}`);
    process.stderr.write(nodeCache ? `code cache: Node's, in ${nodeCache}\n` : `code cache: ${uses.join(', ')}\n`);
  });
}
if (nodeCache) createRequire(__filename)('./main.cjs');
else loader.requireFrom(__filename)('./main.cjs');
