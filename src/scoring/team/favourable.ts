import { definitionOf } from '../../question-types/registry.js';
import type { Questionnaire, ScoredQuestion } from '../../questionnaire/schema.js';

/** Scores are compared with this much slack: (k−2)/(k−1) is not exact in binary. */
const EPSILON = 1e-9;

/** The two cuts that sort an item score (0..1, after reverse keying) into favourable, neutral or unfavourable. */
export interface FavourableCuts {
  /** The lowest favourable score. */
  favourableFrom: number;
  /** The highest unfavourable score. */
  unfavourableTo: number;
}

/**
 * Both cuts of a question. Unfavourable mirrors favourable (the bottom two points of a scale of
 * four or more, the bottom quarter of other types, "no") unless the type says otherwise (an `nps`
 * question's detractors, 0 to 6).
 */
export function favourableCuts(question: ScoredQuestion, questionnaire: Pick<Questionnaire, 'scales'>): FavourableCuts {
  const definition = definitionOf(question);
  const labels = definition.labels(question, questionnaire.scales);
  const favourableFrom = definition.scoring?.favourableFrom(question, labels) ?? 1;
  const unfavourableTo = definition.scoring?.unfavourableTo?.(question, labels) ?? 1 - favourableFrom;
  return { favourableFrom, unfavourableTo: Math.min(unfavourableTo, favourableFrom - EPSILON * 2) };
}

export function isFavourable(score: number, threshold: number): boolean {
  return score >= threshold - EPSILON;
}

export function isUnfavourable(score: number, threshold: number): boolean {
  return score <= threshold + EPSILON;
}
