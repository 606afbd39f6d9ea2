import type { Answer } from '../answers/schema.js';
import { openAnswersIn, pickOpenAnswers, type OpenAnswerAt } from './open-answers.js';
import type { ScoringPlan } from './scoring-plan.js';

/** A non-blank answer to a free-text question: what reports list as comments. */
export interface Comment {
  questionId: string;
  sectionId: string;
  text: string;
}

/** The non-blank free-text answers, in questionnaire order. */
export function commentsOf(plan: ScoringPlan, answers: Readonly<Record<string, Answer>>): Comment[] {
  return commentsAt(plan, openAnswersIn(plan, answers));
}

/** commentsOf, for answers found by the open question's place in `plan.open` (as a form export's row holds them). */
export function commentsAt(plan: ScoringPlan, answerAt: OpenAnswerAt): Comment[] {
  return pickOpenAnswers(plan, answerAt, (answer, question, section) =>
    answer?.kind === 'text' && answer.text.trim() !== '' ? { questionId: question.id, sectionId: section.id, text: answer.text } : undefined,
  );
}
