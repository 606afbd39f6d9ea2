/*
 * When a change "means something" (README "Comparisons, targets and trends"). Reports mark a change
 * with ▲/▼ only when it is clear; the rule is named under every table that shows changes.
 *
 * - Two answer files (one person): a change of at least INDIVIDUAL_THRESHOLD points as shown. One
 *   person re-answering the same questions moves a section by a few points without anything
 *   changing (one likert step in a section of five questions is 5 points), so less is not marked.
 * - Two teams: the 95% interval for the difference of the two means leaves out zero. Welch's
 *   interval, as respondents and their spread differ between the two rounds:
 *     difference ± t · √(sd₁²/n₁ + sd₂²/n₂),
 *   t the 97.5% quantile of Student's t with the Welch–Satterthwaite degrees of freedom
 *     df = (a + b)² / (a²/(n₁ − 1) + b²/(n₂ − 1)),  a = sd₁²/n₁, b = sd₂²/n₂,
 *   rounded down to a whole number (a slightly wider, safer interval). Teams of fewer than two on
 *   either side have no SD, so no change can be told from chance: never clear.
 */

/** Points (0..100) a shown change of one person's scores must reach to be marked. */
export const INDIVIDUAL_THRESHOLD = 5;

/** How many respondents a team mean has and their sample SD (null under two), on the mean's scale. */
export interface Spread {
  n: number;
  sd: number | null;
}

export type ChangeRule = 'threshold' | 'interval';

export interface DifferenceInterval {
  low: number;
  high: number;
  /** Welch–Satterthwaite degrees of freedom, before rounding down; Infinity when both SDs are 0. */
  df: number;
  t: number;
}

/** Is `after − before` a clear change? Teams (both spreads known) by the interval, one person by the threshold. */
export function isClearChange(before: number, after: number, shownChange: number, spreads?: { before: Spread; after: Spread }): boolean {
  if (shownChange === 0) return false;
  if (!spreads) return Math.abs(shownChange) >= INDIVIDUAL_THRESHOLD;
  const interval = welchInterval(before, spreads.before, after, spreads.after);
  return interval !== null && (interval.low > 0 || interval.high < 0);
}

/** The 95% interval for after − before (Welch); null when a side has fewer than two respondents. */
export function welchInterval(beforeMean: number, before: Spread, afterMean: number, after: Spread): DifferenceInterval | null {
  if (before.sd === null || after.sd === null || before.n < 2 || after.n < 2) return null;
  const a = before.sd ** 2 / before.n;
  const b = after.sd ** 2 / after.n;
  const difference = afterMean - beforeMean;
  const df = a + b === 0 ? Infinity : (a + b) ** 2 / (a ** 2 / (before.n - 1) + b ** 2 / (after.n - 1));
  const t = tQuantile975(df);
  const half = t * Math.sqrt(a + b);
  return { low: difference - half, high: difference + half, df, t };
}

/** Student's t, 97.5% quantile, df 1..30 (R: qt(0.975, df), to 3 decimals). */
const T_975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const Z_975 = 1.959963984540054;

/**
 * The 97.5% quantile of t with `df` degrees of freedom, rounded down to whole degrees: the table to
 * 30, then the Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5), within 1e-4 there.
 */
export function tQuantile975(df: number): number {
  const whole = Math.floor(df);
  if (whole < 1) return Infinity;
  if (whole <= T_975.length) return T_975[whole - 1] as number;
  if (!Number.isFinite(whole)) return Z_975;
  const z = Z_975;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / whole + g2 / whole ** 2 + g3 / whole ** 3 + g4 / whole ** 4;
}
