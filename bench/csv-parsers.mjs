// Compares streaming CSV parsers on the bench's 100,000-row export (bench/data/export-100k.csv):
// whole-process wall time and peak RSS of a script that streams the file and parses it into rows
// of strings, touching every cell, rounds interleaved; and each parser's handling of what form
// exports hold (quoted newlines, doubled quotes, a BOM, `;` and tab separators, CRLF, ragged rows,
// blank lines, an unclosed quote). Not part of `npm test`. Run from the repository root:
//   node bench/csv-parsers.mjs [rounds] [node binary to time them on]
// The candidates are installed (once) into their own folders under $TMPDIR/culture-audit-csv-bench,
// not into the project.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { installCandidates, slug } from './candidates.mjs';
import { ensureData, inputs } from './generate.mjs';
import { median } from './measure.mjs';

const LIBS = join(tmpdir(), 'culture-audit-csv-bench');

const candidates = {
  'csv-parse 7.0.3': ['csv-parse@7.0.3'],
  'papaparse 5.7.1': ['papaparse@5.7.1'],
  'udsv 0.7.3': ['udsv@0.7.3'],
  'csv-parser 3.2.1': ['csv-parser@3.2.1'],
  '@fast-csv/parse 5.0.8': ['@fast-csv/parse@5.0.8'],
};

/** Our reader (src/load/csv-records.ts: papaparse's core, fed text, lines counted; CRLF → LF before it), bundled as the CLI bundles it. */
async function bundleOurs() {
  const { build } = await import('esbuild');
  const entry = join(LIBS, 'csv-records-entry.ts');
  writeFileSync(entry, `export { csvRecords } from ${JSON.stringify(resolve('src/load/csv-records.ts'))};\nexport { CrlfToLf } from ${JSON.stringify(resolve('src/load/line-ends.ts'))};\n`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: OURS, logLevel: 'warning', nodePaths: [resolve('node_modules')] });
}

const OURS = join(LIBS, 'csv-records.mjs');

const load = (name, pkg) => createRequire(join(LIBS, slug(name), 'package.json'))(pkg);

/**
 * Each parser streams `input` (a byte stream) and calls `row(cells)` for every record, in order.
 * `delimiter` is given, as our reader sniffs it; a BOM is left to the parser.
 */
const parsers = {
  async 'csv-parse 7.0.3'(input, row, delimiter) {
    const { parse } = load('csv-parse 7.0.3', 'csv-parse');
    const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, delimiter }));
    for await (const record of parser) row(record);
  },
  async 'papaparse 5.7.1'(input, row, delimiter) {
    const Papa = load('papaparse 5.7.1', 'papaparse');
    // Papa turns each Buffer chunk to text on its own, which breaks a character split between
    // chunks: it is given text, decoded across chunk boundaries.
    input.setEncoding('utf8');
    await new Promise((done, fail) => {
      Papa.parse(input, {
        delimiter,
        skipEmptyLines: true,
        chunk: (results, parser) => {
          // Papa lists a CSV error beside the rows and goes on; we stop on one.
          if (results.errors.length > 0) {
            fail(new Error(results.errors[0].message));
            parser.abort();
          }
          for (const cells of results.data) row(cells);
        },
        complete: done,
        error: fail,
      });
    });
  },
  async 'udsv 0.7.3'(input, row, delimiter) {
    const { inferSchema, initParser } = load('udsv 0.7.3', 'udsv');
    let parser;
    const decoder = new TextDecoder();
    for await (const chunk of input) {
      const text = decoder.decode(chunk, { stream: true });
      // The header is read as a row like any other, as we read it (its first rows decide the tool).
      parser ??= initParser(inferSchema(text, { col: delimiter, encl: '"', header: () => [] }));
      parser.chunk(text, parser.stringArrs, (cells) => void row(cells));
    }
    parser?.end();
  },
  async 'ours: csv-records.ts (papaparse 5.7.1)'(input, row, delimiter) {
    const { csvRecords, CrlfToLf } = await import(pathToFileURL(OURS).href);
    async function* text() {
      const decoder = new TextDecoder();
      const lf = new CrlfToLf();
      for await (const chunk of input) yield decoder.decode(lf.push(chunk), { stream: true });
      yield decoder.decode(lf.end());
    }
    for await (const records of csvRecords(text(), delimiter)) for (const { record } of records) row(record);
  },
  async 'csv-parser 3.2.1'(input, row, delimiter) {
    const csv = load('csv-parser 3.2.1', 'csv-parser');
    for await (const record of input.pipe(csv({ headers: false, separator: delimiter }))) row(Object.values(record));
  },
  async '@fast-csv/parse 5.0.8'(input, row, delimiter) {
    const { parse } = load('@fast-csv/parse 5.0.8', '@fast-csv/parse');
    for await (const record of input.pipe(parse({ delimiter, ignoreEmpty: true }))) row(record);
  },
};

/** What a form export holds, and the rows a parser should make of it (our reader's rows). */
const cases = [
  { name: 'quoted newline', text: 'a,b\n"one\ntwo",x\n', delimiter: ',', rows: [['a', 'b'], ['one\ntwo', 'x']] },
  { name: 'doubled quote', text: 'a,b\n"say ""hi""",x\n', delimiter: ',', rows: [['a', 'b'], ['say "hi"', 'x']] },
  { name: 'BOM', text: '\uFEFFa,b\n1,2\n', delimiter: ',', rows: [['a', 'b'], ['1', '2']] },
  { name: '; separator', text: 'a;b\n"1;5";2\n', delimiter: ';', rows: [['a', 'b'], ['1;5', '2']] },
  { name: 'tab separator', text: 'a\tb\n1\t2\n', delimiter: '\t', rows: [['a', 'b'], ['1', '2']] },
  // Ours reads a CRLF in a cell as LF, on purpose (src/load/line-ends.ts).
  { name: 'CRLF', text: 'a,b\r\n"x\r\ny",2\r\n', delimiter: ',', rows: [['a', 'b'], ['x\r\ny', '2']], or: [['a', 'b'], ['x\ny', '2']] },
  { name: 'ragged rows', text: 'a,b,c\n1,2\n1,2,3,4\n', delimiter: ',', rows: [['a', 'b', 'c'], ['1', '2'], ['1', '2', '3', '4']] },
  { name: 'blank lines', text: 'a,b\n\n1,2\n\n', delimiter: ',', rows: [['a', 'b'], ['1', '2']] },
  { name: 'no final line end', text: 'a,b\n1,2', delimiter: ',', rows: [['a', 'b'], ['1', '2']] },
  { name: 'unclosed quote (an error)', text: 'a,b\n"1,2\n3,4\n', delimiter: ',', rows: 'error' },
];

async function correctness(name) {
  const results = [];
  for (const c of cases) {
    const rows = [];
    let outcome;
    try {
      // The header line whole (our reader sniffs it before parsing), then two-byte chunks: a parser
      // must carry quotes, line ends and characters across chunk boundaries.
      const bytes = Buffer.from(c.text);
      const headerEnd = bytes.indexOf(0x0a) + 1;
      const rest = bytes.subarray(headerEnd);
      const chunks = [bytes.subarray(0, headerEnd), ...Array.from({ length: Math.ceil(rest.length / 2) }, (_, i) => rest.subarray(i * 2, i * 2 + 2))];
      await parsers[name](Readable.from(chunks), (cells) => rows.push([...cells]), c.delimiter);
      outcome = c.rows === 'error' ? 'no error' : [c.rows, c.or].some((ok) => JSON.stringify(rows) === JSON.stringify(ok)) ? 'ok' : JSON.stringify(rows);
    } catch (error) {
      outcome = c.rows === 'error' ? 'ok' : `threw ${error.message}`;
    }
    results.push({ case: c.name, outcome });
  }
  return results;
}

/** Runs one parser in this process (a child of the parent run) over the file and prints its figures. */
async function child(name, file) {
  const counts = { rows: 0, cells: 0, chars: 0 };
  const started = performance.now();
  await parsers[name](createReadStream(file), (cells) => {
    counts.rows++;
    for (const cell of cells) {
      counts.cells++;
      counts.chars += cell.length;
    }
  }, ',');
  process.stdout.write(JSON.stringify({ ...counts, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(rounds, node) {
  installCandidates(LIBS, candidates);
  await bundleOurs();
  ensureData();
  const file = resolve(inputs.csv100k.path);
  const names = Object.keys(parsers);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const started = performance.now();
      const run = spawnSync(node, [import.meta.filename, '--child', name, file], { encoding: 'utf8' });
      const wallMs = performance.now() - started;
      if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
      results[name].push({ ...JSON.parse(run.stdout), wallMs });
      process.stderr.write(`round ${round + 1} ${name}: ${Math.round(wallMs)} ms\n`);
    }
  }
  const fastest = Math.min(...names.map((name) => median(results[name].map((r) => r.wallMs))));
  console.log(`${file}: ${rounds} rounds interleaved, medians of whole processes; node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`);
  console.log('| parser | rows | cells | wall s | × fastest | parse s | peak RSS MB | cases passed | cases missed |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const name of names) {
    const runs = results[name];
    const last = runs.at(-1);
    const wall = median(runs.map((r) => r.wallMs));
    const checks = await correctness(name);
    const missed = checks.filter((c) => c.outcome !== 'ok').map((c) => `${c.case}: ${c.outcome}`);
    console.log(`| ${name} | ${last.rows} | ${last.cells} | ${(wall / 1000).toFixed(2)} | ${(wall / fastest).toFixed(2)} | ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} | ${Math.round(median(runs.map((r) => r.maxRssMb)))} | ${checks.length - missed.length}/${checks.length} | ${missed.join('; ').replace(/\|/g, '\\|').replace(/\n/g, '\\n')} |`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main(Math.max(1, Number(process.argv[2] ?? 3)), process.argv[3] ?? process.execPath);
