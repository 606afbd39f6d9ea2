import fc from 'fast-check';
import { classify, type Loader } from './loaders.js';
import { applyPlan, type FuzzPlan } from './mutations.js';

export interface CampaignResult {
  loader: string;
  cases: number;
  values: number;
  errors: number;
  /** The shrunk failing case, when a case crashed. */
  failure?: { plan: FuzzPlan; bytes: Uint8Array; error: unknown };
  slowest: { ms: number; plan?: FuzzPlan };
  ms: number;
}

/**
 * Runs `cases` mutated inputs through a loader with fast-check: every case must end in a value
 * or one clear user error. A crash stops the run and shrinks to a small input that still crashes.
 */
export async function runCampaign(
  name: string,
  loader: Loader,
  plans: fc.Arbitrary<FuzzPlan>,
  options: { seed: number; cases: number },
): Promise<CampaignResult> {
  const result: CampaignResult = { loader: name, cases: 0, values: 0, errors: 0, slowest: { ms: 0 }, ms: 0 };
  const started = performance.now();
  let shrinking = false;
  const details = await fc.check(
    fc.asyncProperty(plans, async (plan) => {
      const bytes = applyPlan(plan);
      const t = performance.now();
      const outcome = await classify(loader, bytes);
      const ms = performance.now() - t;
      if (!shrinking) {
        result.cases++;
        if (outcome.kind === 'value') result.values++;
        if (outcome.kind === 'error') result.errors++;
        if (ms > result.slowest.ms) result.slowest = { ms, plan };
      }
      if (outcome.kind === 'crash') {
        shrinking = true;
        throw outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
      }
    }),
    { seed: options.seed, numRuns: options.cases, endOnFailure: false },
  );
  if (details.failed && details.counterexample) {
    const [plan] = details.counterexample;
    result.failure = { plan, bytes: applyPlan(plan), error: details.errorInstance };
  }
  result.ms = performance.now() - started;
  return result;
}
