// `npm run bench:versus -- <git-ref>`: times `team` over 1k and 10k YAML answer files with this
// tree's build against the build of a past commit (issue 20's target: no slower than 29df82b), on
// every Node the bench has, interleaved round by round. The ref is built in a temporary git
// worktree (`npm ci`, whose prepare script is the build), removed afterwards.
//   npm run bench:versus -- 29df82b                       every Node
//   npm run bench:versus -- 29df82b --node 24 --rounds 3  one Node, 3 rounds of each case
//
// Each build reads the answer files its own bench generator wrote, in its own tree (the command line
// is the same, run from each tree's root): answer files name their questionnaire by id, and
// service-culture changed since (v1 at 29df82b, 35 answers a file; v2 now, 39), so neither build
// reads the other's files. Each runs as a user's would, on its own built-in questionnaire.
//
// `node bench/versus-build.mjs 29df82b` at 147ab40, 2026-12-07, 2 cores shared with other work (load
// average 1.7-2.8), 5 rounds over 1k files and 3 over 10k; medians, and current / 29df82b as the
// median of the rounds' ratios (their range):
//   Node 20.20.2  1k:  828 ms vs  863 ms, 0.97× (0.82-1.15)   10k: 3992 ms vs 3989 ms, 1.06× (0.97-1.16)
//   Node 22.23.5  1k:  632 ms vs  653 ms, 1.03× (0.92-1.18)   10k: 3542 ms vs 3994 ms, 1.10× (1.05-1.20)
//   Node 24.22.3  1k:  663 ms vs  731 ms, 1.02× (0.70-1.53)   10k: 3844 ms vs 3956 ms, 1.07× (0.95-1.14)
// (29df82b first.) A v2 file has 39 answers to v1's 35, 11% more to check per file. Absolute times
// follow the shared machine's load from run to run; the paired ratios are the figures to compare.
// After the plain YAML reader (src/util/yaml-simple.ts), at ce79d73, same day, load average 2.4-3.5:
//   Node 20.20.2  1k:  532 ms vs  209 ms, 0.40× (0.38-0.44)   10k: 3090 ms vs  680 ms, 0.22× (0.22-0.25)
//   Node 22.23.5  1k:  551 ms vs  171 ms, 0.32× (0.29-0.33)   10k: 3236 ms vs  617 ms, 0.19× (0.18-0.20)
//   Node 24.22.3  1k:  466 ms vs  163 ms, 0.36× (0.31-0.38)   10k: 3186 ms vs  671 ms, 0.20× (0.19-0.22)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureData, inputs } from './generate.mjs';
import { measureTogether, nodeCommand } from './measure.mjs';
import { benchNodes } from './nodes.mjs';

const CLI = 'bin/culture-audit.js';
const log = (message) => process.stderr.write(`${message}\n`);
const out = mkdtempSync(join(tmpdir(), 'culture-audit-versus-'));
const tree = join(out, 'ref');

/** The ref checked out, installed and built in `tree`, with its own bench data. */
function buildRef(ref) {
  log(`building ${ref} in ${tree} ...`);
  const inTree = { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Its own lockfile, so its own dependencies; `npm ci` runs its prepare script, the build.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], inTree);
  if (!existsSync(join(tree, 'dist/cli.cjs'))) execFileSync('npm', ['run', 'build'], inTree);
  execFileSync(process.execPath, ['--input-type=module', '-e', "(await import('./bench/generate.mjs')).ensureData()"], inTree);
}

/** `team` over `input` as bench/run.mjs runs it, reports into the scratch folder under `name`. */
const team = (input, name) => [CLI, 'team', input, '--group-by', 'role', '-o', join(out, `${name}.md`), '--json', join(out, `${name}.json`), '--force'];

function measureNode(node, rounds) {
  const on = (build, cwd, input, name) => {
    // Node 22 and later: the CLI keeps its code caches here, one folder per build; warm-up rounds fill them.
    const env = { CULTURE_AUDIT_CACHE: join(out, `cache-${build}-${node.major}`) };
    return nodeCommand(node.binary, team(input, name), env, cwd);
  };
  return [
    ['1k files', inputs.yaml1k.path, rounds ?? 5, true],
    ['10k files', inputs.yaml10k.path, rounds ?? 3, false],
  ].map(([label, input, runs, warmup]) => {
    log(`Node ${node.major}: timing team over ${label} (${runs} rounds) ...`);
    const [base, current] = measureTogether([on('ref', tree, input, 'ref'), on('current', process.cwd(), input, 'current')], runs, { warmup });
    return { label, ref: base.ms, current: current.ms, ratio: current.ratio, range: current.ratioRange, runs };
  });
}

function table(ref, rows) {
  const ms = (value) => `${Math.round(value)} ms`;
  return [
    `| team over | ${ref} | current | current / ${ref} | rounds |`,
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${ms(r.ref)} | ${ms(r.current)} | ${r.ratio.toFixed(2)}× | ${r.range.map((x) => x.toFixed(2)).join('–')} (${r.runs}) |`),
  ].join('\n');
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { node: { type: 'string', multiple: true, default: [] }, rounds: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: node bench/versus-build.mjs <git-ref> [--node 20|22|24 ...] [--rounds N]');
  const [ref] = positionals;
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  const nodes = benchNodes(values.node.map(Number), log);
  if (nodes.length === 0) throw new Error(`no Node to run on (asked for ${values.node.join(', ')})`);
  ensureData(log);
  buildRef(ref);
  for (const node of nodes) {
    console.log(`\n### Node ${node.version}\n\n${table(ref, measureNode(node, rounds))}`);
  }
  console.log('\nMedians of whole-process runs; a ratio is the median of the ratios within each round, "rounds" their lowest and highest.');
}

try {
  await main();
} finally {
  if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(out, { recursive: true, force: true });
}
