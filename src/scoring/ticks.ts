import type { Answer } from '../answers/schema.js';
import { openAnswersIn, pickOpenAnswers, type OpenAnswerAt } from './open-answers.js';
import type { ScoringPlan } from './scoring-plan.js';

/**
 * What one respondent ticked at a multi question that is not scored (`scoring: none`): reports
 * show it where they show open answers, and a team report counts each option.
 */
export interface Ticks {
  questionId: string;
  sectionId: string;
  /** 0-based option indices, ascending; empty when the respondent answered with nothing ticked. */
  indices: readonly number[];
}

/** The answered unscored multi questions, in questionnaire order. */
export function ticksOf(plan: ScoringPlan, answers: Readonly<Record<string, Answer>>): Ticks[] {
  return ticksAt(plan, openAnswersIn(plan, answers));
}

/** ticksOf, for answers found by the open question's place in `plan.open` (as a form export's row holds them). */
export function ticksAt(plan: ScoringPlan, answerAt: OpenAnswerAt): Ticks[] {
  return pickOpenAnswers(plan, answerAt, (answer, question, section) => (answer?.kind === 'multi' ? { questionId: question.id, sectionId: section.id, indices: answer.indices } : undefined));
}
