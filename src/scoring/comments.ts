import type { Answer } from '../answers/schema.js';
import { ownValue } from '../util/own.js';
import type { ScoringPlan } from './scoring-plan.js';

/** A non-blank answer to a free-text question: what reports list as comments. */
export interface Comment {
  questionId: string;
  sectionId: string;
  text: string;
}

/** The non-blank free-text answers, in questionnaire order. */
export function commentsOf(plan: ScoringPlan, answers: Readonly<Record<string, Answer>>): Comment[] {
  return commentsAt(plan, (index) => ownValue(answers, (plan.open[index] as ScoringPlan['open'][number]).question.id));
}

/** commentsOf, for answers found by the open question's place in `plan.open` (as a form export's row holds them). */
export function commentsAt(plan: ScoringPlan, answerAt: (index: number) => Answer | undefined): Comment[] {
  const comments: Comment[] = [];
  plan.open.forEach(({ question, section }, index) => {
    const answer = answerAt(index);
    if (answer?.kind === 'text' && answer.text.trim() !== '') comments.push({ questionId: question.id, sectionId: section.id, text: answer.text });
  });
  return comments;
}
