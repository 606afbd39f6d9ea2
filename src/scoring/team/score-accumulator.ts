import type { Rubric } from '../../questionnaire/schema.js';
import { bandFor, bandsDescending } from '../bands.js';
import { RunningStats, Welford } from './stats.js';
import type { ScoreSummary } from './team-summary.js';

/** Team statistics of one 0..100 score (a section's or the overall one), fed one respondent at a time. */
export class ScoreAccumulator {
  private readonly stats = new RunningStats();
  private readonly coverage = new Welford();
  private readonly bandCounts = new Map<string, number>();

  constructor(private readonly rubric: Rubric) {}

  /** One respondent's score and coverage, NaN for none (see ScoreSheet). */
  add(score: number, coverage: number): void {
    if (!Number.isNaN(coverage)) this.coverage.add(coverage);
    if (Number.isNaN(score)) return;
    this.stats.add(score);
    const band = bandFor(score, this.rubric);
    if (band) this.bandCounts.set(band.label, (this.bandCounts.get(band.label) ?? 0) + 1);
  }

  summary(): ScoreSummary {
    const stats = this.stats.stats();
    return {
      stats,
      band: bandFor(stats.mean, this.rubric),
      bands: bandsDescending(this.rubric).map((band) => ({ label: band.label, min: band.min, count: this.bandCounts.get(band.label) ?? 0 })),
      coverage: this.coverage.n > 0 ? this.coverage.mean : null,
    };
  }
}
