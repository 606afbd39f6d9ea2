import { definitionOf } from '../../question-types/registry.js';
import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';

/** Scores are compared with this much slack: (k−2)/(k−1) is not exact in binary. */
const EPSILON = 1e-9;

/**
 * The lowest item score (0..1, after reverse keying) that counts as a favourable answer, as the
 * question's type defines it: the top two points of a scale of four or more, the top quarter of
 * the range for most other types (src/question-types/).
 */
export function favourableThreshold(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): number {
  const definition = definitionOf(question);
  return definition.scoring?.favourableFrom(question, definition.labels(question, questionnaire.scales)) ?? 1;
}

export function isFavourable(score: number, threshold: number): boolean {
  return score >= threshold - EPSILON;
}
