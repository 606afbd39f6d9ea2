// The parse floor: reads and parses the same inputs as `team`, with the same parsers and options,
// and does nothing else. `team` cannot beat this; the bench reports how far above it it is.
// Built by the runner exactly as the CLI is built (CommonJS bundle, loaded through the same
// bundle loader with a trained code cache), so both pay the same to load their parsers.
//   node floor/cli.cjs yaml <folder>   every .yaml file: read, parseDocument, toJS
//   node floor/cli.cjs csv <file>      stream through csv-parse, record by record
// Several pairs may follow each other (the runner trains the code cache on both kinds at once).
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
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

async function parseCsvFile(file) {
  let count = 0;
  const parser = createReadStream(file).pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const { record } of parser) if (record.length > 0) count++;
  return count;
}

async function main(args) {
  for (let i = 0; i < args.length; i += 2) {
    const [kind, input] = [args[i], args[i + 1]];
    const count = kind === 'yaml' ? parseYamlFolder(input) : kind === 'csv' ? await parseCsvFile(input) : undefined;
    if (count === undefined) throw new Error('usage: parse-floor (yaml <folder> | csv <file>)...');
    if (count === 0) throw new Error(`parse floor: nothing parsed in ${input}`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
