/**
 * One decimal for display, halves away from zero. Scores stay at full precision everywhere else;
 * the tiny nudge keeps values like 74.25 or 0.15 (inexact in binary) from rounding down.
 */
export function oneDecimal(value: number): string {
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * 10 + 1e-9) / 10);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1);
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : oneDecimal(score);
}

/** Coverage 0..1 as a whole percentage. */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100 + 1e-9)}%`;
}

/** A question's 0..1 score shown on the report's 0..100 scale. */
export function itemOnHundred(score: number | null): string {
  return score === null ? '–' : oneDecimal(score * 100);
}

/** A change on the 0..100 scale with its sign: "+12.5", "-3.0", "0.0"; "–" when unknown. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return '–';
  const shown = oneDecimal(delta);
  return shown.startsWith('-') || shown === '0.0' ? shown : `+${shown}`;
}

/** A score change as reports print it: "+41.7 ▲", "-3.0 ▼", "0.0", "–" when a side has no score. */
export function formatChange(change: { delta: number | null; direction: 'up' | 'down' | 'same' | 'none' }): string {
  if (change.direction === 'none') return '–';
  const arrow = change.direction === 'up' ? ' ▲' : change.direction === 'down' ? ' ▼' : '';
  return `${formatDelta(change.delta)}${arrow}`;
}
