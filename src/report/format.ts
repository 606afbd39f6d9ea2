/**
 * One decimal for differences and other figures, halves away from zero. Scores stay at full
 * precision everywhere else; the tiny nudge keeps values like 74.25 or 0.15 (inexact in binary)
 * from rounding down.
 */
export function oneDecimal(value: number): string {
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * 10 + 1e-9) / 10);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1);
}

/**
 * A score for display: one decimal, rounded down, so a shown score never reaches a band the
 * score has not (49.96 shows as 49.9, not as a "50.0" that looks like the next band). The nudge
 * absorbs float noise: a true 70 computed as 69.99999999999999 still shows as 70.0.
 */
export function formatScore(score: number | null): string {
  if (score === null) return '–';
  return (Math.floor(score * 10 + 1e-9) / 10).toFixed(1);
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

/** A score change as reports print it: "+41.7 ▲", "−3.0 ▼", "0.0", "–" when a side has no score. */
export function formatChange(change: { delta: number | null; direction: 'up' | 'down' | 'same' | 'none' }): string {
  if (change.direction === 'none') return '–';
  const arrow = change.direction === 'up' ? ' ▲' : change.direction === 'down' ? ' ▼' : '';
  return `${formatDifference(change.delta)}${arrow}`;
}
