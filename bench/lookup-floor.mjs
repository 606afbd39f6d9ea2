// What the least possible scoring adds to the fastest parse: uDSV streaming the export into rows, as
// bench/fastest-parse.mjs does, and each question cell (every column after the first three) looked up
// among the values seen so far and its number added to its column's sum. No validation, sections,
// statistics or report: a reference for `team`'s CSV target, not a reader of exports.
//   node bench/lookup-floor.mjs <file.csv>
import { createReadStream } from 'node:fs';
import { inferSchema, initParser } from 'udsv';

const file = process.argv[2];
if (!file) throw new Error('usage: lookup-floor <file.csv>');
const decoder = new TextDecoder();
const codes = new Map();
let parser;
let sums;
for await (const chunk of createReadStream(file)) {
  const text = decoder.decode(chunk, { stream: true });
  parser ??= initParser(inferSchema(text, { col: ',', encl: '"', header: () => [] }));
  parser.chunk(text, parser.stringArrs, (row) => {
    if (!sums) {
      sums = new Float64Array(row.length);
      return;
    }
    for (let i = 3; i < row.length; i++) {
      let code = codes.get(row[i]);
      if (code === undefined) codes.set(row[i], (code = codes.size));
      sums[i] += code;
    }
  });
}
parser?.end();
if (!sums) throw new Error(`lookup floor: no rows in ${file}`);
