import type { ItemScore, Scorecard } from './scorecard.js';
import { byCodeUnits } from '../util/code-unit-order.js';

export interface RankedItem {
  item: ItemScore;
  /**
   * Share of the overall score this item's shortfall costs: (1 − score) × its weight share in
   * the section × the section's weight share overall. Ranks weak items by how much they matter.
   */
  impact: number;
}

/** Weakest items first, by importance-weighted shortfall; only items with room to improve. */
export function priorityItems(scorecard: Scorecard, limit = 5): RankedItem[] {
  return rankedItems(scorecard)
    .filter((ranked) => ranked.impact > 0 && (ranked.item.score ?? 1) < 0.75)
    .sort((a, b) => b.impact - a.impact || byCodeUnits(a.item.id, b.item.id))
    .slice(0, limit);
}

/** Best items first (score, then weight); only items that scored well. */
export function strengthItems(scorecard: Scorecard, limit = 5): RankedItem[] {
  return rankedItems(scorecard)
    .filter((ranked) => (ranked.item.score ?? 0) >= 0.75)
    .sort((a, b) => (b.item.score ?? 0) - (a.item.score ?? 0) || b.item.weight - a.item.weight || byCodeUnits(a.item.id, b.item.id))
    .slice(0, limit);
}

function rankedItems(scorecard: Scorecard): RankedItem[] {
  const sectionWeights = scorecard.sections.filter((s) => s.score !== null).reduce((sum, s) => sum + s.weight, 0);
  const ranked: RankedItem[] = [];
  for (const section of scorecard.sections) {
    const answered = section.items.filter((item) => item.score !== null);
    const itemWeights = answered.reduce((sum, item) => sum + item.weight, 0);
    for (const item of answered) {
      const share = (item.weight / itemWeights) * (section.weight / sectionWeights);
      ranked.push({ item, impact: (1 - (item.score ?? 0)) * share });
    }
  }
  return ranked;
}
