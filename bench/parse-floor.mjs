// The parse floor of `team` over YAML answer files: reads and parses the same files with the same
// parser and options, and does nothing else. Built by the runner exactly as the CLI is built
// (CommonJS bundle, loaded through the same bundle loader with a trained code cache), so both pay
// the same to load their parsers. (A CSV export's baseline is bench/fastest-parse.mjs.)
//   node floor/cli.cjs yaml <folder>   every .yaml file: read, parseDocument, toJS
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

function parseYamlFolder(folder) {
  let count = 0;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const text = readFileSync(join(folder, name), 'utf8');
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length === 0 && doc.toJS({ maxAliasCount: 100 })) count++;
  }
  return count;
}

function main([kind, folder]) {
  if (kind !== 'yaml' || !folder) throw new Error('usage: parse-floor yaml <folder>');
  if (parseYamlFolder(folder) === 0) throw new Error(`parse floor: nothing parsed in ${folder}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
