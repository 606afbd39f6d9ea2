// The parse baseline of `team` over a CSV export: the fastest well-kept JavaScript CSV parser
// (uDSV, by bench/csv-parsers.mjs) streaming the same file into rows of strings, and nothing else.
// uDSV cannot read every export (it merges ragged rows into wrong cells and takes an unclosed quote
// silently), which is why the CLI parses with papaparse; the bench's exports have neither.
//   node bench/fastest-parse.mjs <file.csv>
import { createReadStream } from 'node:fs';
import { inferSchema, initParser } from 'udsv';

const file = process.argv[2];
if (!file) throw new Error('usage: fastest-parse <file.csv>');
const decoder = new TextDecoder();
let parser;
let rows = 0;
for await (const chunk of createReadStream(file)) {
  const text = decoder.decode(chunk, { stream: true });
  // Every row comes out, the header among them, as the CLI reads them.
  parser ??= initParser(inferSchema(text, { col: ',', encl: '"', header: () => [] }));
  parser.chunk(text, parser.stringArrs, () => void rows++);
}
parser?.end();
if (rows === 0) throw new Error(`fastest parse: no rows in ${file}`);
