import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCampaign, type CampaignResult } from './campaign.js';
import type { FuzzPlan } from './mutations.js';
import { fuzzTargets } from './targets.js';

const USAGE = 'usage: npm run fuzz -- [--seed N] [--cases N per loader, default 10000] [--loader questionnaire|answers|csv|tool-exports|json-records]';

/** `npm run fuzz`: prints what ran and returns 0, or 1 with the shrunk crashing input saved. */
export async function main(argv: readonly string[], root: string): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  console.log(`fuzz seed ${options.seed}, ${options.cases} cases per loader (repeat with: npm run fuzz -- --seed ${options.seed})`);
  let failed = false;
  for (const { name, loader, plans } of fuzzTargets(root)) {
    if (options.loader && options.loader !== name) continue;
    const result = await runCampaign(name, loader, plans, options);
    console.log(summary(result));
    if (result.slowest.ms > SLOW_MS) console.log(`  slowest case's mutations: ${describePlan(result.slowest.plan)}`);
    if (result.failure) failed = true, reportFailure(result, root, options.seed);
  }
  return failed ? 1 : 0;
}

function summary(r: CampaignResult): string {
  const seconds = (r.ms / 1000).toFixed(1);
  const slowest = `slowest case ${Math.round(r.slowest.ms)} ms (${r.slowest.plan?.seed.name ?? '-'})`;
  return `${r.loader} loader: ${r.cases} cases in ${seconds} s: ${r.values} loaded, ${r.errors} clear errors, ${r.failure ? 'a CRASH' : 'no crash'}; ${slowest}`;
}

function reportFailure(result: CampaignResult, root: string, seed: number): void {
  const failure = result.failure!;
  const dir = join(root, 'fuzz-crashes');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.loader}-seed-${seed}.yaml`);
  writeFileSync(file, failure.bytes);
  console.error(`\n${result.loader} loader crashed. Shrunk input: ${file}`);
  console.error(`mutations: ${describePlan(failure.plan)}`);
  console.error(failure.error instanceof Error ? failure.error.stack : String(failure.error));
  console.error('Fix the loader, then keep the input as a regression case in tests/fixtures/fuzz-regressions/.');
}

/** A case slower than this is worth a look: a loader should answer in well under a second. */
const SLOW_MS = 1_000;

function describePlan(plan: FuzzPlan | undefined): string {
  return plan ? JSON.stringify({ ...plan, seed: plan.seed.name }).slice(0, 2000) : '-';
}

function parseArgs(argv: readonly string[]): { seed: number; cases: number; loader?: string } | string {
  const options: { seed: number; cases: number; loader?: string } = { seed: Date.now() % 2_147_483_647, cases: 10_000 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--loader' && ['questionnaire', 'answers', 'csv', 'tool-exports', 'json-records'].includes(value)) options.loader = value;
    else if ((flag === '--seed' || flag === '--cases') && /^\d+$/.test(value)) options[flag === '--seed' ? 'seed' : 'cases'] = Number(value);
    else return `unknown or incomplete option: ${flag} ${value}`.trim();
  }
  return options;
}
