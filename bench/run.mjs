// `npm run bench`: times the built CLI as whole processes against what it cannot beat (bare Node
// for start-up, the parse floor for `team`), prints a table and writes bench/results/latest.json.
// Exits 1 when a ratio misses its target. Never part of `npm test`: timings belong to a machine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, trainCodeCaches } from '../scripts/bundle-options.mjs';
import { ensureData, inputs } from './generate.mjs';
import { measureTogether } from './measure.mjs';

const CLI = 'bin/culture-audit.js';
const FLOOR_DIR = 'bench/data/floor';
const FLOOR = `${FLOOR_DIR}/cli.cjs`;
const out = mkdtempSync(join(tmpdir(), 'culture-audit-bench-'));
const team = (input, ...extra) => [CLI, 'team', input, ...extra, '--group-by', 'role', '-o', join(out, 'team.md'), '--json', join(out, 'team.json'), '--force'];
const csvTeam = (input) => team(input, '-q', 'service-culture');

/** Groups of commands timed together; the first of each group is the baseline of the others. */
const groups = [
  {
    title: 'start-up',
    runs: 31,
    baseline: { name: 'node -e 0', args: ['-e', '0'] },
    cases: [
      { name: '--version', args: [CLI, '--version'], target: 1.3 },
      { name: '--help', args: [CLI, '--help'], target: 1.3 },
      { name: 'score (one answer file)', args: [CLI, 'score', `${inputs.yaml1k.path}/r-000001.yaml`], target: 2.0 },
    ],
  },
  ...[
    // The short cases get more rounds: on a noisy machine one round of a second moves their median most.
    ['YAML 1k files', 'yaml', inputs.yaml1k.path, team, 15],
    ['YAML 10k files', 'yaml', inputs.yaml10k.path, team, 5],
    ['CSV 10k rows', 'csv', inputs.csv10k.path, csvTeam, 15],
    ['CSV 100k rows', 'csv', inputs.csv100k.path, csvTeam, 5],
  ].map(([label, kind, input, command, runs]) => ({
    title: `team, ${label}`,
    runs,
    baseline: { name: `parse floor, ${label}`, args: [FLOOR, kind, input] },
    cases: [{ name: `team, ${label}`, args: command(input), target: 1.3, key: label }],
  })),
];

const RSS_LIMIT_MB = 150;
const RSS_GROWTH_LIMIT = 1.2;

async function buildFloor() {
  // Bundled, loaded and cache-trained as scripts/build.mjs does the CLI, so both load their parsers alike.
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  await build({ ...bundleOptions, entryPoints: { main: 'bench/parse-floor.mjs', cli: 'src/boot/start.ts' }, outdir: FLOOR_DIR, outExtension: { '.js': '.cjs' } });
  trainCodeCaches(FLOOR, [['yaml', inputs.yaml1k.path, 'csv', inputs.csv10k.path]]);
}

function measureAll() {
  const rows = [];
  const started = Date.now();
  for (const group of groups) {
    process.stderr.write(`timing ${group.title} (${group.runs} runs each) ...\n`);
    const [base, ...results] = measureTogether([group.baseline.args, ...group.cases.map((c) => c.args)], group.runs);
    group.cases.forEach((c, i) => {
      const result = results[i];
      const ratio = result.ratio;
      rows.push({
        name: c.name,
        key: c.key,
        ms: result.ms,
        cpuMs: result.cpuMs,
        rssMb: result.rssMb,
        runs: result.runs,
        samplesMs: result.samplesMs,
        baseline: group.baseline.name,
        baselineSamplesMs: base.samplesMs,
        baselineMs: base.ms,
        baselineCpuMs: base.cpuMs,
        baselineRssMb: base.rssMb,
        ratio,
        ratioRange: result.ratioRange,
        target: c.target,
        pass: ratio <= c.target,
      });
    });
  }
  return { rows, seconds: (Date.now() - started) / 1000 };
}

function memoryChecks(rows) {
  const big = rows.find((row) => row.key === 'CSV 100k rows');
  const small = rows.find((row) => row.key === 'CSV 10k rows');
  return [
    { name: 'peak RSS, team over 100k CSV rows', value: big.rssMb, unit: 'MB', target: RSS_LIMIT_MB, pass: big.rssMb < RSS_LIMIT_MB },
    { name: 'peak RSS 100k rows / 10k rows', value: big.rssMb / small.rssMb, unit: '×', target: RSS_GROWTH_LIMIT, pass: big.rssMb / small.rssMb <= RSS_GROWTH_LIMIT },
    // No target: how much the parser alone grows, the yardstick for the line above.
    { name: 'peak RSS 100k rows / 10k rows, parse floor', value: big.baselineRssMb / small.baselineRssMb, unit: '×', target: null, pass: true },
  ];
}

function table(rows, checks) {
  const ms = (value) => `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
  const lines = [
    '| case | median | baseline | baseline median | ratio | rounds | target | peak RSS | |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.name} | ${ms(r.ms)} | ${r.baseline} | ${ms(r.baselineMs)} | ${r.ratio.toFixed(2)}× | ${r.ratioRange.map((x) => x.toFixed(2)).join('–')} | ≤ ${r.target.toFixed(1)}× | ${r.rssMb.toFixed(0)} MB | ${r.pass ? 'ok' : 'MISSED'} |`),
    ...checks.map((c) => `| ${c.name} | ${c.unit === 'MB' ? `${c.value.toFixed(0)} MB` : `${c.value.toFixed(2)}×`} | | | | | ${checkTarget(c)} | | ${c.target === null ? 'for reference' : c.pass ? 'ok' : 'MISSED'} |`),
  ];
  return lines.join('\n');
}

function checkTarget(check) {
  if (check.target === null) return '';
  return check.unit === 'MB' ? `< ${check.target} MB` : `≤ ${check.target.toFixed(1)}×`;
}

try {
  ensureData((message) => process.stderr.write(`${message}\n`));
  await buildFloor();
  const loadBefore = loadavg()[0];
  const { rows, seconds } = measureAll();
  // Other work on the machine moves every figure; the load average says how busy it was.
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  const checks = memoryChecks(rows);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`;
  console.log(`\n${table(rows, checks)}\n\n${machine}. Medians of whole-process runs; a ratio is the median of the ratios within each round, and "rounds" their lowest and highest. Timed in ${seconds.toFixed(0)} s, ${load}.`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), machine, load, rows, memory: checks }, null, 2)}\n`);
  console.log('Written to bench/results/latest.json');
  if (![...rows, ...checks].every((r) => r.pass)) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
