import type { ScoringPlan } from '../scoring-plan.js';
import type { TeamEntry } from './team-entry.js';
import type { TickCount } from './team-summary.js';

/** Per unscored multi question: how many respondents answered it, and how many ticked each option. */
export class TickAccumulator {
  private readonly questions: { questionId: string; sectionId: string; labels: string[]; answered: number; ticked: number[] }[];
  private readonly byId: Map<string, TickAccumulator['questions'][number]>;

  constructor(plan: ScoringPlan) {
    this.questions = plan.open.flatMap(({ question, section }) =>
      question.type === 'multi' ? [{ questionId: question.id, sectionId: section.id, labels: question.options.map((option) => option.label), answered: 0, ticked: question.options.map(() => 0) }] : [],
    );
    this.byId = new Map(this.questions.map((question) => [question.questionId, question]));
  }

  add(entry: TeamEntry): void {
    for (const ticks of entry.ticks ?? []) {
      const question = this.byId.get(ticks.questionId);
      if (!question) continue;
      question.answered++;
      for (const index of ticks.indices) question.ticked[index] = (question.ticked[index] ?? 0) + 1;
    }
  }

  /**
   * In questionnaire order. A question fewer than `minGroup` respondents answered shows no counts:
   * with so few, a count could tell who ticked what, as a group below the threshold could.
   */
  summary(minGroup: number): TickCount[] {
    return this.questions.map(({ questionId, sectionId, labels, answered, ticked }) => ({
      questionId,
      sectionId,
      respondents: answered,
      options: answered < minGroup ? null : labels.map((label, i) => ({ label, count: ticked[i] ?? 0, share: (ticked[i] ?? 0) / answered })),
    }));
  }
}
