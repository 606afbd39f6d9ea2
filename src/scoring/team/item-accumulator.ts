import type { TeamIndex } from '../../question-types/question-type.js';
import { definitionOf } from '../../question-types/registry.js';
import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';
import { evenSpreadSd } from './even-spread.js';
import { favourableCuts, isFavourable, isUnfavourable, type FavourableCuts } from './favourable.js';
import { RunningStats } from './stats.js';
import type { ItemIndex, ItemSummary } from './team-summary.js';
import { CountedValues } from './values.js';

/** One question's team statistics, on the 0..100 scale, plus how many answers were favourable. */
export class ItemAccumulator {
  // Item scores take few distinct values, so a count per value keeps the median cheap.
  private readonly values = new CountedValues();
  private readonly stats = new RunningStats(this.values);
  private readonly cuts: FavourableCuts;
  private readonly evenSpread: number;
  private readonly index: TeamIndex | undefined;
  private favourable = 0;
  private unfavourable = 0;

  constructor(
    private readonly question: ScoredQuestion,
    private readonly sectionId: string,
    questionnaire: Pick<Questionnaire, 'scales'>,
  ) {
    this.cuts = favourableCuts(question, questionnaire);
    this.evenSpread = 100 * evenSpreadSd(question, questionnaire);
    this.index = definitionOf(question).scoring?.teamIndex;
  }

  /** One respondent's item score 0..1, NaN for none (see ScoreSheet). */
  add(score: number): void {
    if (Number.isNaN(score)) return;
    this.stats.add(100 * score);
    if (isFavourable(score, this.cuts.favourableFrom)) this.favourable++;
    else if (isUnfavourable(score, this.cuts.unfavourableTo)) this.unfavourable++;
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
      unfavourable: stats.n > 0 ? this.unfavourable / stats.n : null,
      counts: { favourable: this.favourable, neutral: stats.n - this.favourable - this.unfavourable, unfavourable: this.unfavourable },
      evenSpread: this.evenSpread,
      ...(this.index ? { index: this.indexSummary(this.index, stats.n) } : {}),
    };
  }

  private indexSummary(index: TeamIndex, n: number): ItemIndex {
    const { key, title, method, parts } = index;
    return { key, title, method, parts, n, result: n > 0 ? index.compute(this.values.tally(), n) : null };
  }
}
