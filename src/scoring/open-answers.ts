import type { Answer } from '../answers/schema.js';
import type { Question, Section } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import type { ScoringPlan } from './scoring-plan.js';

/** An open question's answer by its place in `plan.open`, as a form export's row holds them. */
export type OpenAnswerAt = (index: number) => Answer | undefined;

/** The open answers of a dictionary of answers by question id, by their place in `plan.open`. */
export function openAnswersIn(plan: ScoringPlan, answers: Readonly<Record<string, Answer>>): OpenAnswerAt {
  return (index) => ownValue(answers, (plan.open[index] as ScoringPlan['open'][number]).question.id);
}

/** What `pick` makes of each open question's answer, in questionnaire order; undefined leaves it out. */
export function pickOpenAnswers<T>(plan: ScoringPlan, answerAt: OpenAnswerAt, pick: (answer: Answer | undefined, question: Question, section: Section) => T | undefined): T[] {
  const picked: T[] = [];
  plan.open.forEach(({ question, section }, index) => {
    const value = pick(answerAt(index), question, section);
    if (value !== undefined) picked.push(value);
  });
  return picked;
}
