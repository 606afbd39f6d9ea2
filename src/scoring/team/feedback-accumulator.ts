import { eachQuestion } from '../../questionnaire/labels.js';
import { raisesRedFlag, type PlannedItem, type ScoringPlan } from '../scoring-plan.js';
import type { TeamEntry } from './team-entry.js';
import type { CommentGroup, RedFlagCount } from './team-summary.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

/** Red-flag counts and free-text answers, which a team report lists without saying whose they are. */
export class FeedbackAccumulator {
  private readonly flags = new Map<string, RedFlagCount>();
  private respondentsWithFlags = 0;
  /** Identical answers are counted, not repeated: "Nothing" from nine people is one entry. */
  private readonly comments = new Map<string, Map<string, number>>();

  constructor(private readonly plan: ScoringPlan) {}

  add(entry: TeamEntry): void {
    let raised = false;
    for (const slot of this.plan.critical) {
      const score = entry.sheet.items[slot] as number;
      const { question, section } = this.plan.items[slot] as PlannedItem;
      if (Number.isNaN(score) || !raisesRedFlag(question, score)) continue;
      const flag = this.flags.get(question.id) ?? { questionId: question.id, sectionId: section.id, message: question.critical?.message ?? '', respondents: 0 };
      flag.respondents++;
      raised = true;
      this.flags.set(question.id, flag);
    }
    if (raised) this.respondentsWithFlags++;
    for (const comment of entry.comments) {
      const texts = this.comments.get(comment.questionId) ?? new Map<string, number>();
      const text = comment.text.trim();
      texts.set(text, (texts.get(text) ?? 0) + 1);
      this.comments.set(comment.questionId, texts);
    }
  }

  /** Both in questionnaire order; red flags raised most often first, comments sorted by text. */
  summary(): { redFlags: RedFlagCount[]; respondentsWithRedFlags: number; comments: CommentGroup[] } {
    const order = [...eachQuestion(this.plan.questionnaire)].map(({ section, question }) => ({ sectionId: section.id, questionId: question.id }));
    const redFlags = order.flatMap(({ questionId }) => this.flags.get(questionId) ?? []).sort((a, b) => b.respondents - a.respondents);
    const comments = order.flatMap(({ sectionId, questionId }) => {
      const texts = this.comments.get(questionId);
      // Code-unit order: stable on every machine, unlike locale collation, and unrelated to input order.
      if (!texts) return [];
      const entries = [...texts].map(([text, count]) => ({ text, count })).sort((a, b) => byCodeUnits(a.text, b.text));
      return [{ questionId, sectionId, texts: entries }];
    });
    return { redFlags, respondentsWithRedFlags: this.respondentsWithFlags, comments };
  }
}
