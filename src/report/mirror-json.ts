import type { DimensionView, Mirror } from '../scoring/mirror.js';
import { gapSentence } from './mirror-sentence.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const MIRROR_JSON_SCHEMA_VERSION = 1;

/** The documented `mirror --json` object (README "mirror"): means 0..100 at full precision. */
export function mirrorJson(mirror: Mirror) {
  return {
    schemaVersion: MIRROR_JSON_SCHEMA_VERSION,
    threshold: mirror.threshold,
    staff: mirror.staff,
    customers: mirror.customers,
    dimensions: mirror.dimensions.map((dimension) => ({
      id: dimension.id,
      title: dimension.title,
      staff: viewJson(dimension.staff),
      customers: viewJson(dimension.customers),
      gap: dimension.gap,
      shownGap: dimension.shownGap,
      verdict: dimension.verdict,
      sentence: gapSentence(dimension),
    })),
    oneSided: mirror.oneSided.map((dimension) => ({ id: dimension.id, title: dimension.title, side: dimension.side, ...viewJson(dimension.view) })),
  };
}

function viewJson(view: DimensionView) {
  return { mean: view.mean, n: view.n, sections: view.sections };
}
