import type { Band, Rubric } from '../questionnaire/schema.js';
import { bandsDescending } from '../scoring/bands.js';

/** Where a band sits in its rubric, so the terminal and the SVG charts colour bands alike. */
export type BandTone = 'best' | 'good' | 'fair' | 'poor';

/** Rank 0 is the best band: best green, worst red, the second best blue, the rest amber. */
export function toneForRank(rank: number, bands: number): BandTone {
  if (bands <= 1 || rank === 0) return 'best';
  if (rank === bands - 1) return 'poor';
  return rank === 1 ? 'good' : 'fair';
}

export function bandTone(band: Band | null, rubric: Rubric): BandTone | null {
  if (!band) return null;
  const ordered = bandsDescending(rubric);
  return toneForRank(ordered.findIndex((b) => b.label === band.label), ordered.length);
}
