/*
 * The one rounding rule of every report: to the nearest tenth, halves away from zero. Scores are
 * kept at full precision; this is what a reader sees, and bands and changes are read from it, so
 * a shown 70.0 is never "Developing" and a shown change is always shown after − shown before.
 */

/** A value in whole tenths: 55.99 → 560, 74.25 → 743. The nudge absorbs float noise (74.25 is 74.2499… in binary). */
export function tenths(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The value as shown: 55.99 → 56, 69.96 → 70. */
export function shown(value: number): number {
  return tenths(value) / 10;
}

/** Shown after − shown before, worked in whole tenths so it is exact: 34.04 → 53.56 is 53.6 − 34.0 = 19.6. */
export function shownDifference(before: number, after: number): number {
  return (tenths(after) - tenths(before)) / 10;
}
