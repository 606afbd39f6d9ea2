// `npm run bench`: times the built CLI as whole processes against baselines measured in the same
// run, on every Node it has (this one, and Node 22 and 24 from .ci/nodes/, installed when missing),
// prints a table per Node and writes bench/results/latest.json. Exits 1 when a target is missed.
// Never part of `npm test`: timings belong to a machine.
//   npm run bench                  every Node
//   npm run bench -- --node 24     one Node (repeat --node for more)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { bundleOptions, trainCodeCaches } from '../scripts/bundle-options.mjs';
import { BFI_CSV, BFI_QUESTIONNAIRE, ensureBfi, psychMeans, psychMissing, scoreItemsScript } from './bfi/psych.mjs';
import { ensureData, ensureMillion, inputs } from './generate.mjs';
import { measureTogether, nodeCommand, programCommand, runOnce } from './measure.mjs';
import { benchNodes } from './nodes.mjs';

const CLI = 'bin/culture-audit.js';
const FLOOR_DIR = 'bench/data/floor';
const FLOOR = `${FLOOR_DIR}/cli.cjs`;
const RSS_LIMIT_MB = 200;
const RSS_GROWTH_LIMIT = 1.2;
const MILLION_TIME_LIMIT = 11;

const log = (message) => process.stderr.write(`${message}\n`);
const out = mkdtempSync(join(tmpdir(), 'culture-audit-bench-'));

/** `team` on an input, its reports into the scratch folder as `name`.md and .json. */
const teamTo = (name, input, ...extra) => [CLI, 'team', input, ...extra, '-o', join(out, `${name}.md`), '--json', join(out, `${name}.json`), '--force'];
const team = (input, ...extra) => teamTo('team', input, ...extra);
const csvTeam = (input) => team(input, '-q', 'service-culture', '--group-by', 'role');

/**
 * Groups of commands timed together on one Node, the first of each the baseline of the others.
 * Rounds: enough for a stable median on a noisy machine, few for the slow cases (155-218 s a Node
 * at load average 11-15). The slowest get no warm-up round: the case before each warmed
 * the same code (and the files are in the page cache from generating them).
 */
function groups(node, psych) {
  const on = (args) => nodeCommand(node.binary, args, node.env);
  const list = [
    {
      title: 'start-up',
      runs: 15,
      baseline: { name: 'node -e 0', command: on(['-e', '0']) },
      cases: [
        { name: '--version', command: on([CLI, '--version']), target: 1.3 },
        { name: '--help', command: on([CLI, '--help']), target: 1.3 },
        { name: 'score (one answer file)', command: on([CLI, 'score', `${inputs.yaml1k.path}/r-000001.yaml`]), target: 2.0 },
      ],
    },
    ...[
      ['YAML 1k files', inputs.yaml1k.path, 5, true],
      ['YAML 10k files', inputs.yaml10k.path, 2, false],
    ].map(([label, input, runs, warmup]) => ({
      title: `team, ${label}`,
      runs,
      warmup,
      baseline: { name: 'parse floor (yaml)', command: on([FLOOR, 'yaml', input]) },
      cases: [{ name: `team, ${label}`, command: on(team(input, '--group-by', 'role')), target: 1.3 }],
    })),
    {
      title: 'team, CSV 100k rows',
      runs: 4,
      baseline: { name: 'fastest parse (uDSV)', command: on(['bench/fastest-parse.mjs', inputs.csv100k.path]) },
      cases: [
        { name: 'team, CSV 100k rows', command: on(csvTeam(inputs.csv100k.path)), target: 1.3 },
        // No target: what one lookup per cell adds to the parse, the least a scorer can do (see its header).
        { name: 'uDSV + one lookup a cell', command: on(['bench/lookup-floor.mjs', inputs.csv100k.path]) },
      ],
    },
    {
      title: 'team, CSV 1M rows',
      runs: 2,
      warmup: false,
      baseline: { name: 'team, CSV 100k rows', command: on(csvTeam(inputs.csv100k.path)) },
      cases: [{ name: 'team, CSV 1M rows', command: on(csvTeam(inputs.csv1m.path)), target: MILLION_TIME_LIMIT, key: 'million' }],
    },
  ];
  if (psych) {
    list.push({
      title: 'team vs R psych, bfi',
      runs: 5,
      baseline: { name: 'Rscript psych scoreItems', command: programCommand('Rscript', ['-e', scoreItemsScript(BFI_CSV)]) },
      cases: [{ name: 'team, bfi (2,800 rows)', command: on(team(BFI_CSV, '-q', BFI_QUESTIONNAIRE)), target: 0.6 }],
    });
  }
  return list;
}

async function buildFloor() {
  // Bundled, loaded and cache-trained as scripts/build.mjs does the CLI, so both load their parsers alike.
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  await build({ ...bundleOptions, entryPoints: { main: 'bench/parse-floor.mjs', cli: 'src/boot/start.ts' }, outdir: FLOOR_DIR, outExtension: { '.js': '.cjs' } });
  trainCodeCaches(FLOOR, [['yaml', inputs.yaml1k.path]]);
}

function measureNode(node, psych) {
  const rows = [];
  for (const group of groups(node, psych)) {
    log(`Node ${node.major}: timing ${group.title} (${group.runs} rounds) ...`);
    const [base, ...results] = measureTogether([group.baseline.command, ...group.cases.map((c) => c.command)], group.runs, { warmup: group.warmup ?? true });
    group.cases.forEach((c, i) => {
      const result = results[i];
      rows.push({ ...result, name: c.name, key: c.key, baseline: group.baseline.name, baselineMs: base.ms, baselineRssMb: base.rssMb, baselineSamplesMs: base.samplesMs, target: c.target, pass: c.target === undefined || result.ratio <= c.target });
    });
  }
  return rows;
}

/** The million rows against the 100k rows of the same rounds: peak memory. */
function memoryChecks(rows) {
  const million = rows.find((row) => row.key === 'million');
  return [
    { name: 'peak RSS, team over 1M CSV rows', value: million.rssMb, unit: 'MB', target: RSS_LIMIT_MB, pass: million.rssMb < RSS_LIMIT_MB },
    { name: 'peak RSS 1M rows / 100k rows', value: million.rssMb / million.baselineRssMb, unit: '×', target: RSS_GROWTH_LIMIT, pass: million.rssMb / million.baselineRssMb <= RSS_GROWTH_LIMIT },
  ];
}

/** Our bfi section means against psych's scale means rescaled to 0..100: the same numbers, or the comparison is void. */
function bfiCheck(node) {
  const ours = JSON.parse(readFileSync(join(out, `bfi-${node.major}.json`), 'utf8'));
  const theirs = psychMeans(BFI_CSV);
  const differences = ours.sections.map((section) => Math.abs(section.mean - ((theirs[section.id] - 1) / 5) * 100));
  const worst = Math.max(...differences);
  const detail = ours.sections.map((section) => `${section.id} ${section.mean.toFixed(4)} = (${theirs[section.id].toFixed(6)} − 1) / 5 × 100`).join(', ');
  return { name: "bfi section means − psych's scale means rescaled", value: worst, unit: 'difference', target: 1e-9, pass: worst <= 1e-9, detail };
}

function table(rows, checks) {
  const ms = (value) => `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
  const mb = (value) => (value === null ? '' : `${value.toFixed(0)} MB`);
  const checkValue = (c) => (c.unit === 'MB' ? `${c.value.toFixed(0)} MB` : c.unit === '×' ? `${c.value.toFixed(2)}×` : c.value.toExponential(1));
  const checkTarget = (c) => (c.unit === 'MB' ? `< ${c.target} MB` : c.unit === '×' ? `≤ ${c.target.toFixed(1)}×` : `≤ ${c.target}`);
  return [
    '| case | median | baseline | baseline median | ratio | rounds | target | peak RSS | |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.name} | ${ms(r.ms)} | ${r.baseline} | ${ms(r.baselineMs)} | ${r.ratio.toFixed(2)}× | ${r.ratioRange.map((x) => x.toFixed(2)).join('–')} | ${r.target === undefined ? 'reference' : `≤ ${r.target.toFixed(1)}×`} | ${mb(r.rssMb)} | ${r.target === undefined ? '' : r.pass ? 'ok' : 'MISSED'} |`),
    ...checks.map((c) => `| ${c.name} | ${checkValue(c)} | | | | | ${checkTarget(c)} | | ${c.pass ? 'ok' : 'MISSED'} |`),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { node: { type: 'string', multiple: true, default: [] } } });
  const nodes = benchNodes(values.node.map(Number), log);
  if (nodes.length === 0) throw new Error(`no Node to run on (asked for ${values.node.join(', ')})`);
  ensureData(log);
  ensureMillion(log);
  const missing = psychMissing();
  if (missing) log(`R psych case left out: ${missing}`);
  else ensureBfi(log);
  await buildFloor();
  const results = [];
  for (const node of nodes) {
    // Node 22 and later keep their compile cache here; the warm-up rounds fill it, as a user's first run would.
    node.env = { CULTURE_AUDIT_CACHE: join(out, `cache-${node.major}`) };
    const loadBefore = loadavg()[0];
    const started = Date.now();
    const rows = measureNode(node, !missing);
    const checks = memoryChecks(rows);
    if (!missing) {
      // One more run for the numbers, its JSON kept: the timed runs overwrite theirs.
      runOnce(nodeCommand(node.binary, teamTo(`bfi-${node.major}`, BFI_CSV, '-q', BFI_QUESTIONNAIRE), node.env));
      checks.push(bfiCheck(node));
    }
    const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
    const seconds = (Date.now() - started) / 1000;
    results.push({ node: node.version, load, seconds, rows, checks });
    const bfi = checks.find((check) => check.detail);
    const note = missing ? ` The R psych case did not run: ${missing}.` : ` Section means of bfi, ours = psych's: ${bfi.detail}.`;
    console.log(`\n### Node ${node.version}\n\n${table(rows, checks)}\n\nMedians of whole-process runs; a ratio is the median of the ratios within each round, "rounds" their lowest and highest. Timed in ${seconds.toFixed(0)} s, ${load}.${note}`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform}`;
  console.log(`\n${machine}.`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), machine, psych: missing ?? 'ran', results }, null, 2)}\n`);
  console.log('Written to bench/results/latest.json');
  if (!results.every((result) => [...result.rows, ...result.checks].every((r) => r.pass))) process.exitCode = 1;
}

try {
  await main();
} finally {
  rmSync(out, { recursive: true, force: true });
}
