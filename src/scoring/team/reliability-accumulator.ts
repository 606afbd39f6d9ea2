import type { ItemScore } from '../scorecard.js';
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
  private readonly positions: Map<string, number>;
  /** One respondent's item scores in `itemIds` order, reused for every respondent. */
  private readonly scores: Float64Array;

  constructor(private readonly itemIds: readonly string[]) {
    this.moments = new CoMoments(itemIds.length);
    this.positions = new Map(itemIds.map((id, i) => [id, i]));
    this.scores = new Float64Array(itemIds.length);
  }

  add(items: readonly ItemScore[]): void {
    let answered = 0;
    for (let j = 0; j < items.length; j++) {
      const item = items[j] as ItemScore;
      // Items come in questionnaire order, as `itemIds` are: the map is only a fallback.
      const position = this.itemIds[j] === item.id ? j : this.positions.get(item.id);
      if (position === undefined || item.score === null) continue;
      this.scores[position] = item.score;
      answered++;
    }
    if (answered === this.itemIds.length) this.moments.add(this.scores);
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
