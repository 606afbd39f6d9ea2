// Compares .xlsx readers on a generated 100,000-row × 30-column form export (Microsoft Forms'
// shape: ID, two date-time cells, Email, Name, 24 answer labels, a comment): wall time and peak
// RSS of a whole process that reads every row's cells, rounds interleaved, median shown; and each
// candidate's install size. Not part of `npm test`. Run from the repository root:
//   node bench/xlsx-readers.mjs [rounds]
// The candidates are installed (once) into their own folders under $TMPDIR/culture-audit-xlsx-bench,
// not into the project; the reader we ship is bundled from src/load/workbook/read-xlsx.ts.
//
// December 2026, Node 20.20, 2 cores shared with other work (load average 5 to 7: a process's
// time varied up to 2.5x between rounds; peak RSS held steady). Medians of 3 interleaved rounds,
// two runs:
//   reader                                     wall s (run 1 / 2)  peak RSS MB  install KB
//   read-excel-file 9.3.17                         5.05 / 10.86        475          5804   (whole sheet in memory)
//   exceljs 4.4.0 WorkbookReader                   9.46 / 11.39        266         53720   (9 dependencies)
//   fflate 0.8.3 Unzip + saxes 6                   4.54 /  6.77        222          1144   (run 2: our cell handling, two passes)
//   ours: zip directory + node:zlib + saxes 6      4.91 /  5.57        112           300   (the shipped reader)
// Alone on the machine, ours read it in 4.2 s.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { xlsx } from '../tests/fixtures/xlsx/xlsx-writer.mjs';
import { installCandidates, slug } from './candidates.mjs';

const ROWS = 100_000;
const LIBS = join(tmpdir(), 'culture-audit-xlsx-bench');
const DATA = resolve('bench/data/xlsx-100k.xlsx');
const OURS = resolve('bench/data/xlsx-reader.mjs');

const candidates = {
  'read-excel-file 9.3.17': { packages: ['read-excel-file@9.3.17'] },
  'exceljs 4.4.0 WorkbookReader': { packages: ['exceljs@4.4.0'] },
  'fflate 0.8.3 Unzip + saxes 6': { packages: ['fflate@0.8.3', 'saxes@6.0.0'] },
  'ours: zip directory + node:zlib + saxes 6': { packages: ['saxes@6.0.0'] },
};

/** Each reader counts rows and cells, touching every value, so none can skip the work. */
const readers = {
  async 'read-excel-file 9.3.17'(file, lib) {
    const { readSheet } = await import(pathToFileURL(join(lib, 'node_modules/read-excel-file/node/index.js')).href);
    const rows = await readSheet(file);
    return tally(rows);
  },
  async 'exceljs 4.4.0 WorkbookReader'(file, lib) {
    const { default: ExcelJS } = await import(pathToFileURL(join(lib, 'node_modules/exceljs/lib/exceljs.nodejs.js')).href);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    const counts = { rows: 0, cells: 0, chars: 0 };
    for await (const sheet of reader) {
      for await (const row of sheet) count(counts, row.values.slice(1));
      break;
    }
    return counts;
  },
  async 'fflate 0.8.3 Unzip + saxes 6'(file, lib) {
    const fflate = await import(pathToFileURL(join(lib, 'node_modules/fflate/esm/index.mjs')).href);
    // The same parts and cell handling as ours, only the unzip differs. Excel writes the sheet
    // before the shared strings, so a streaming unzip needs two passes: the strings and styles
    // first (whole), then the sheet, streamed through the SAX parser.
    const ours = await import(pathToFileURL(OURS).href);
    const parts = {};
    await unzipPass(fflate, file, ['xl/sharedStrings.xml', 'xl/styles.xml'], (name) => {
      const decoder = new TextDecoder();
      let text = '';
      return { write: (data, final) => ((text += decoder.decode(data, { stream: !final })), final && (parts[name] = text)) };
    });
    const context = { sharedStrings: ours.parseSharedStrings(parts['xl/sharedStrings.xml'], 's'), dateStyles: ours.parseDateStyles(parts['xl/styles.xml'], 's'), date1904: false };
    const counts = { rows: 0, cells: 0, chars: 0 };
    let queue = [];
    const parser = ours.xmlParser('sheet', ours.sheetRowHandlers(context, (record) => queue.push(record)));
    await unzipPass(fflate, file, ['xl/worksheets/sheet1.xml'], () => {
      const decoder = new TextDecoder();
      return {
        write(data, final) {
          parser.write(decoder.decode(data, { stream: !final }));
          if (final) parser.close();
          for (const { record } of queue) count(counts, record);
          queue = [];
        },
      };
    });
    return counts;
  },
  async 'ours: zip directory + node:zlib + saxes 6'(file) {
    const { parseXlsxFile } = await import(pathToFileURL(OURS).href);
    const parsed = await parseXlsxFile(file);
    const counts = { rows: 0, cells: 0, chars: 0 };
    for await (const batch of parsed.records) for (const { record } of batch) count(counts, record);
    return counts;
  },
};

function count(counts, cells) {
  counts.rows++;
  for (const cell of cells) {
    if (cell === undefined || cell === null || cell === '') continue;
    counts.cells++;
    counts.chars += String(cell).length;
  }
}

function tally(rows) {
  const counts = { rows: 0, cells: 0, chars: 0 };
  for (const row of rows) count(counts, row);
  return counts;
}

async function unzipPass(fflate, file, wanted, sinkFor) {
  const { createReadStream } = await import('node:fs');
  const unzip = new fflate.Unzip((entry) => {
    if (!wanted.includes(entry.name)) return;
    const sink = sinkFor(entry.name);
    entry.ondata = (error, data, final) => {
      if (error) throw error;
      sink.write(data, final);
    };
    entry.start();
  });
  unzip.register(fflate.UnzipInflate);
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) unzip.push(chunk);
  unzip.push(new Uint8Array(0), true);
}

/** Runs one reader in this process (a child of the parent run) and prints its figures. */
async function child(name, file) {
  const started = performance.now();
  const counts = await readers[name](file, join(LIBS, slug(name)));
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ...counts, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}


function installSizeKb(name) {
  return Number(execFileSync('du', ['-sk', join(LIBS, slug(name), 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
}

/** The bench workbook: Microsoft Forms' columns, answer labels as shared strings, real date cells. */
function ensureData() {
  if (existsSync(DATA)) return;
  mkdirSync('bench/data', { recursive: true });
  const labels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...Array.from({ length: 24 }, (_, i) => `Question ${i + 1} of the form, in words`), 'Comment'];
  const rows = [header];
  for (let i = 1; i <= ROWS; i++) {
    const day = 46_342 + (i % 30) + (i % 86_400) / 86_400;
    const answers = Array.from({ length: 24 }, (_, q) => labels[(i * 7 + q * 3) % 5]);
    rows.push([i, { v: day - 0.01, s: 4 }, { v: day, s: 2 }, 'anonymous', `Respondent ${i}`, ...answers, i % 3 === 0 ? `Comment number ${i}, with a comma` : null]);
  }
  writeFileSync(DATA, xlsx({ sheets: [{ name: 'Form1', rows }] }));
}

async function bundleOurs() {
  // One bundle with the reader and its parts, so the fflate variant runs the very same cell handling.
  // Outside the project (tsc checks bench/), naming the sources by absolute path.
  const entry = join(LIBS, 'xlsx-reader-entry.ts');
  const parts = ['read-xlsx', 'workbook-parts', 'sheet-rows', 'xml-events'].map((part) => `export * from ${JSON.stringify(resolve(`src/load/workbook/${part}.ts`))};`);
  writeFileSync(entry, `${parts.join('\n')}\n`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: OURS, logLevel: 'warning' });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(rounds) {
  installCandidates(LIBS, Object.fromEntries(Object.entries(candidates).map(([name, { packages }]) => [name, packages])));
  ensureData();
  await bundleOurs();
  const results = Object.fromEntries(Object.keys(readers).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(readers)) {
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--max-old-space-size=4096', import.meta.filename, '--child', name, DATA], { encoding: 'utf8' });
      const wallMs = performance.now() - started;
      if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
      results[name].push({ ...JSON.parse(run.stdout), wallMs });
      process.stderr.write(`round ${round + 1} ${name}: ${Math.round(wallMs)} ms\n`);
    }
  }
  console.log(`${ROWS} rows × 30 columns, ${rounds} rounds interleaved, medians (process wall time, peak RSS); node ${process.version}`);
  console.log('| reader | rows | cells | wall s | read s | peak RSS MB | install KB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, runs] of Object.entries(results)) {
    const last = runs.at(-1);
    console.log(`| ${name} | ${last.rows} | ${last.cells} | ${(median(runs.map((r) => r.wallMs)) / 1000).toFixed(2)} | ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} | ${Math.round(median(runs.map((r) => r.maxRssMb)))} | ${installSizeKb(name)} |`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main(Math.max(1, Number(process.argv[2] ?? 3)));
