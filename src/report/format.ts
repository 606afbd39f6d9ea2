import type { ChangeRule } from '../scoring/change-significance.js';
import type { ScoreChange } from '../scoring/compare.js';
import { tenths } from '../scoring/shown.js';

/**
 * Every score, mean, SD, difference and change a report prints: one decimal, to nearest, halves
 * away from zero (scoring/shown.ts, the rule bands and changes are read from too).
 */
export function oneDecimal(value: number): string {
  return (tenths(value) / 10).toFixed(1);
}

/** A score for display, by the one rule: 55.99 shows as 56.0; its band is read from that 56.0 (scoring/bands.ts). */
export function formatScore(score: number | null): string {
  return score === null ? '–' : oneDecimal(score);
}

/** Coverage 0..1 as a whole percentage. */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100 + 1e-9)}%`;
}

/** A question's 0..1 score shown on the report's 0..100 scale. */
export function itemOnHundred(score: number | null): string {
  return score === null ? '–' : formatScore(score * 100);
}

/** A signed difference in points: "+8.7", "−4.2" (a true minus sign), "0.0". */
export function formatDifference(value: number | null): string {
  if (value === null) return '–';
  const text = oneDecimal(Math.abs(value));
  if (text === '0.0') return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** Coefficients such as alpha and correlations: two decimals, a true minus sign. */
export function formatCoefficient(value: number | null): string {
  if (value === null) return '–';
  const text = (Math.round(Math.abs(value) * 100 + 1e-9) / 100).toFixed(2);
  return value < 0 && text !== '0.00' ? `−${text}` : text;
}

/**
 * A score change as reports print it: the shown after − the shown before, with an arrow only for a
 * clear change (scoring/change-significance.ts): "+41.7 ▲", "−3.0 ▼", "−0.4" (one person) or
 * "−0.1 (no clear change)" (teams), "0.0"; "–" when a side has no score.
 */
export function formatChange(change: Pick<ScoreChange, 'shownChange' | 'direction' | 'clearChange'>, rule: ChangeRule = 'threshold'): string {
  if (change.direction === 'none') return '–';
  const number = formatDifference(change.shownChange);
  if (change.direction === 'same') return number;
  if (change.clearChange) return `${number} ${change.direction === 'up' ? '▲' : '▼'}`;
  // A team's change chance can explain is said in words, as the rule under the table names it.
  return rule === 'interval' ? `${number} (no clear change)` : number;
}
