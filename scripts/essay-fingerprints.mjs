// Writes tests/fixtures/source-essays/runs.txt: a short hash of every run of six words in the source
// essays (../shared/seeds/), so the content test can prove our questionnaires copy none of them
// without the project holding a sentence of theirs. Run it again only if the essays change:
//   node scripts/essay-fingerprints.mjs [folder]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, RUN_LENGTH, wordRuns } from '../tests/helpers/word-runs.mjs';

const folder = process.argv[2] ?? '../shared/seeds';
const hashes = new Set();
for (const name of readdirSync(folder).sort()) {
  for (const run of wordRuns(readFileSync(join(folder, name), 'utf8'), RUN_LENGTH)) hashes.add(fingerprint(run));
}
writeFileSync('tests/fixtures/source-essays/runs.txt', `${[...hashes].sort().join('\n')}\n`);
console.log(`${hashes.size} runs of ${RUN_LENGTH} words from ${folder}`);
