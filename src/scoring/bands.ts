import type { Band, Questionnaire, Rubric, Section } from '../questionnaire/schema.js';

/** Float noise in weighted means (a true 70 computed as 69.99999999999999) must not drop a band. */
const BAND_TOLERANCE = 1e-9;

/** The highest band whose `min` is at or below the score; null for no score. */
export function bandFor(score: number | null, rubric: Rubric): Band | null {
  if (score === null) return null;
  let best: Band | null = null;
  for (const band of rubric) {
    if (band.min <= score + BAND_TOLERANCE && (best === null || band.min > best.min)) best = band;
  }
  return best;
}

/** A section's own rubric wins over the questionnaire's. */
export function sectionRubric(section: Pick<Section, 'rubric'>, questionnaire: Pick<Questionnaire, 'rubric'>): Rubric {
  return section.rubric ?? questionnaire.rubric;
}

/** Bands from best to worst, as reports list them. */
export function bandsDescending(rubric: Rubric): Band[] {
  return [...rubric].sort((a, b) => b.min - a.min);
}
