// The entry point of the built CLI (dist/cli.cjs; bin/culture-audit.js requires it). It stays tiny
// because it is the one file compiled without a code cache: everything else is a bundle it loads.
import { basename } from 'node:path';
import { bundleLoader } from './bundle-loader.js';

const loader = bundleLoader();
// Set only by scripts/build.mjs, whose training runs write the caches the next starts read.
if (process.env.CULTURE_AUDIT_TRAIN_CODE_CACHE === '1') process.on('exit', () => loader.writeCaches());
// A slow start is most often caches built by another Node version: say what became of each.
if (process.env.CULTURE_AUDIT_DEBUG) {
  process.on('exit', () => {
    const uses = loader.loaded().map(({ file, cache }) => `${basename(file)} ${cache}`);
    process.stderr.write(`code cache: ${uses.join(', ')}\n`);
  });
}
loader.requireFrom(__filename)('./main.cjs');
