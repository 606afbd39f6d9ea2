import { cronbachAlpha } from './alpha.js';
import { CoMoments } from './co-moments.js';
import type { Reliability } from './team-summary.js';

/** Below these, alpha is too unstable to report (README "Reliability"). */
export const ALPHA_MIN_ITEMS = 3;
export const ALPHA_MIN_RESPONDENTS = 10;

/**
 * Co-moments of a section's scored items over listwise-complete respondents: those who answered
 * every one (n/a counts as unanswered), as psych's alpha() on the same rows would see them.
 */
export class ReliabilityAccumulator {
  private readonly moments: CoMoments;

  /** The section's item ids, in slot order (see ScoringPlan). */
  constructor(private readonly itemIds: readonly string[]) {
    this.moments = new CoMoments(itemIds.length);
  }

  /** One respondent's item scores: the section's are `scores[start]` on, in `itemIds` order; NaN for none. */
  add(scores: readonly number[], start: number): void {
    const end = start + this.itemIds.length;
    for (let slot = start; slot < end; slot++) if (Number.isNaN(scores[slot])) return;
    this.moments.add(scores, start);
  }

  summary(): Reliability {
    const enough = this.itemIds.length >= ALPHA_MIN_ITEMS && this.moments.n >= ALPHA_MIN_RESPONDENTS;
    const covariance = enough ? this.moments.covariance() : null;
    return {
      items: this.itemIds.length,
      complete: this.moments.n,
      itemIds: [...this.itemIds],
      result: covariance ? cronbachAlpha(covariance) : null,
    };
  }
}
