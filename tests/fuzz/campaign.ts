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
  // A library printing a warning of its own (process.emitWarning) puts a stray line on stderr.
  const printed: { warning?: Error } = {};
  const onWarning = (warning: Error) => (printed.warning = warning);
  process.on('warning', onWarning);
  const details = await fc.check(
    fc.asyncProperty(plans, async (plan) => {
      const bytes = applyPlan(plan);
      const t = performance.now();
      delete printed.warning;
      let outcome = await classify(loader, bytes);
      const ms = performance.now() - t;
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      const warning = printed.warning as Error | undefined;
      if (warning) outcome = { kind: 'crash', error: new Error(`printed a warning on stderr: ${warning.message}`) };
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
  process.off('warning', onWarning);
  if (details.failed && details.counterexample) {
    const [plan] = details.counterexample;
    result.failure = { plan, bytes: applyPlan(plan), error: details.errorInstance };
  }
  result.ms = performance.now() - started;
  return result;
}
