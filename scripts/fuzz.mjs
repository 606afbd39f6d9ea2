// `npm run fuzz [-- --seed N --cases N --loader questionnaire|answers|csv|json-records]`: bundles the fuzz
// harness in tests/fuzz/ (TypeScript) with esbuild and runs it; see tests/fuzz/main.ts.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'culture-audit-fuzz', 'main.mjs');
await build({
  entryPoints: [join(root, 'tests', 'fuzz', 'main.ts')],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2), root);
