import type { Answer } from '../answers/schema.js';
import { definitionOf } from '../question-types/registry.js';
import type { Questionnaire, ScoredQuestion } from '../questionnaire/schema.js';

/** A question's score of one answer: 0..1 after reverse keying, or undefined when it does not score (n/a). */
export type ItemScorer = (answer: Answer) => number | undefined;

/**
 * How a question scores an answer: 0..1 after reverse keying (README "Scoring"), or undefined
 * when the answer does not score (n/a). Each type's formula is in its file in src/question-types/;
 * what depends only on the question is worked out once, here: a team report scores the same
 * question for every respondent.
 */
export function itemScorer(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): ItemScorer {
  const definition = definitionOf(question);
  const scoring = definition.scoring;
  if (!scoring) throw new Error(`question type "${question.type}" is not scored`);
  const score = scoring.scorer(question, definition.labels(question, questionnaire.scales));
  const type = question.type;
  if (question.reverse) return (answer) => (answer.kind === type ? 1 - score(answer) : undefined);
  return (answer) => (answer.kind === type ? score(answer) : undefined);
}
