import type { Band, Questionnaire, Rubric, Section } from '../questionnaire/schema.js';
import { shown } from './shown.js';

/** The highest band whose `min` is at or below the score; null for no score. */
export function bandFor(score: number | null, rubric: Rubric): Band | null {
  if (score === null) return null;
  const bands = bandsDescending(rubric);
  return bands[bandIndex(score, bands)] ?? null;
}

/**
 * Where a score falls in bands from best to worst (bandsDescending): the first whose `min` the score
 * as shown (one decimal, to nearest) reaches; -1 for none (NaN). Banding the shown figure keeps one
 * rounding rule with no exception: 69.96 shows as 70.0 and is in the band from 70, so no report
 * prints "70.0" beside a lower band. It also absorbs float noise (a true 70 computed as 69.99999999999999).
 */
export function bandIndex(score: number, descending: readonly Band[]): number {
  const reached = shown(score);
  for (let i = 0; i < descending.length; i++) if ((descending[i] as Band).min <= reached) return i;
  return -1;
}

/** A section's own rubric wins over the questionnaire's. */
export function sectionRubric(section: Pick<Section, 'rubric'>, questionnaire: Pick<Questionnaire, 'rubric'>): Rubric {
  return section.rubric ?? questionnaire.rubric;
}

const descending = new WeakMap<Rubric, readonly Band[]>();

/** Bands from best to worst, as reports list them; sorted once per rubric, as every score is banded against it. */
export function bandsDescending(rubric: Rubric): readonly Band[] {
  let bands = descending.get(rubric);
  if (!bands) descending.set(rubric, (bands = [...rubric].sort((a, b) => b.min - a.min)));
  return bands;
}
