import { answerLabels } from '../../questionnaire/labels.js';
import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';

/** Scores are compared with this much slack: (k−2)/(k−1) is not exact in binary. */
const EPSILON = 1e-9;

/**
 * The lowest item score (0..1, after reverse keying) that counts as a favourable answer.
 * Scales of four or more points: the top two positions, (k−2)/(k−1), as survey practice reads
 * "top-two box"; shorter scales: the top position only, or every answer would be favourable.
 * Other types: 0.75 or more (yes; a choice, rating or selection in the top quarter of its range).
 */
export function favourableThreshold(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): number {
  if (question.type !== 'likert') return 0.75;
  const k = answerLabels(question, questionnaire).length;
  return k >= 4 ? (k - 2) / (k - 1) : 1;
}

export function isFavourable(score: number, threshold: number): boolean {
  return score >= threshold - EPSILON;
}
