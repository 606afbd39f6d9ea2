import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';
import { favourableThreshold, isFavourable } from './favourable.js';
import { RunningStats } from './stats.js';
import type { ItemSummary } from './team-summary.js';
import { CountedValues } from './values.js';

/** One question's team statistics, on the 0..100 scale, plus how many answers were favourable. */
export class ItemAccumulator {
  // Item scores take few distinct values, so a count per value keeps the median cheap.
  private readonly stats = new RunningStats(new CountedValues());
  private readonly threshold: number;
  private favourable = 0;

  constructor(
    private readonly question: ScoredQuestion,
    private readonly sectionId: string,
    questionnaire: Pick<Questionnaire, 'scales'>,
  ) {
    this.threshold = favourableThreshold(question, questionnaire);
  }

  /** One respondent's item score 0..1, NaN for none (see ScoreSheet). */
  add(score: number): void {
    if (Number.isNaN(score)) return;
    this.stats.add(100 * score);
    if (isFavourable(score, this.threshold)) this.favourable++;
  }

  summary(): ItemSummary {
    const stats = this.stats.stats();
    return {
      id: this.question.id,
      sectionId: this.sectionId,
      type: this.question.type,
      reverse: this.question.reverse,
      stats,
      favourable: stats.n > 0 ? this.favourable / stats.n : null,
    };
  }
}
