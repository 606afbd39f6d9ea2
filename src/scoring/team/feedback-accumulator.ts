import { eachQuestion } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { Scorecard } from '../scorecard.js';
import type { CommentGroup, RedFlagCount } from './team-summary.js';

/** Red-flag counts and free-text answers, which a team report lists without saying whose they are. */
export class FeedbackAccumulator {
  private readonly flags = new Map<string, RedFlagCount>();
  private readonly comments = new Map<string, string[]>();

  add(scorecard: Scorecard): void {
    for (const flag of scorecard.redFlags) {
      const entry = this.flags.get(flag.questionId) ?? { questionId: flag.questionId, sectionId: flag.sectionId, message: flag.message, respondents: 0 };
      entry.respondents++;
      this.flags.set(flag.questionId, entry);
    }
    for (const comment of scorecard.comments) {
      const texts = this.comments.get(comment.questionId) ?? [];
      texts.push(comment.text.trim());
      this.comments.set(comment.questionId, texts);
    }
  }

  /** Both in questionnaire order; red flags raised most often first, comments sorted by text. */
  summary(questionnaire: Questionnaire): { redFlags: RedFlagCount[]; comments: CommentGroup[] } {
    const order = [...eachQuestion(questionnaire)].map(({ section, question }) => ({ sectionId: section.id, questionId: question.id }));
    const redFlags = order.flatMap(({ questionId }) => this.flags.get(questionId) ?? []).sort((a, b) => b.respondents - a.respondents);
    const comments = order.flatMap(({ sectionId, questionId }) => {
      const texts = this.comments.get(questionId);
      // Code-unit order: stable on every machine, unlike locale collation, and unrelated to input order.
      return texts ? [{ questionId, sectionId, texts: [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) }] : [];
    });
    return { redFlags, comments };
  }
}
