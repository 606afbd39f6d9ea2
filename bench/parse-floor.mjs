// The parse floor: reads and parses the same inputs as `team`, with the same parsers and options,
// and does nothing else. `team` cannot beat this; the bench reports how far above it it is.
// Bundled by the runner exactly as the CLI is, so both pay the same to load their parsers.
//   node parse-floor.js yaml <folder>   every .yaml file: read, parseDocument, toJS
//   node parse-floor.js csv <file>      stream through csv-parse, record by record
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { LineCounter, parseDocument } from 'yaml';
import { csvParseOptions } from '../src/answers/csv-parse-options.ts';

const [kind, input] = process.argv.slice(2);
let count = 0;

if (kind === 'yaml') {
  for (const name of readdirSync(input).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const text = readFileSync(join(input, name), 'utf8');
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length === 0 && doc.toJS({ maxAliasCount: 100 })) count++;
  }
} else if (kind === 'csv') {
  const parser = createReadStream(input).pipe(parse({ ...csvParseOptions }));
  for await (const { record } of parser) if (record.length > 0) count++;
} else {
  throw new Error(`usage: parse-floor (yaml <folder> | csv <file>)`);
}
if (count === 0) throw new Error(`parse floor: nothing parsed in ${input}`);
