import type { Band, Rubric } from '../../questionnaire/schema.js';
import { bandFor, bandIndex, bandsDescending } from '../bands.js';
import { RunningStats, Welford } from './stats.js';
import type { ScoreSummary } from './team-summary.js';

/** Team statistics of one 0..100 score (a section's or the overall one), fed one respondent at a time. */
export class ScoreAccumulator {
  private readonly stats = new RunningStats();
  private readonly coverage = new Welford();
  private readonly bands: readonly Band[];
  /** Respondents in each band, in the order of `bands` (best first). */
  private readonly bandCounts: number[];

  constructor(private readonly rubric: Rubric) {
    this.bands = bandsDescending(rubric);
    this.bandCounts = this.bands.map(() => 0);
  }

  /** One respondent's score and coverage, NaN for none (see ScoreSheet). */
  add(score: number, coverage: number): void {
    if (!Number.isNaN(coverage)) this.coverage.add(coverage);
    if (Number.isNaN(score)) return;
    this.stats.add(score);
    const index = bandIndex(score, this.bands);
    if (index >= 0) this.bandCounts[index] = (this.bandCounts[index] as number) + 1;
  }

  summary(): ScoreSummary {
    const stats = this.stats.stats();
    return {
      stats,
      band: bandFor(stats.mean, this.rubric),
      bands: this.bands.map((band, index) => ({ label: band.label, min: band.min, count: this.bandCounts[index] as number })),
      coverage: this.coverage.n > 0 ? this.coverage.mean : null,
    };
  }
}
