/**
 * Σ w·x / Σ w over the entries, or null when there is no weight. The result is kept within the
 * values' own range: rounding alone made (w × 100) / w come out as 100.00000000000001.
 */
export function weightedMean(entries: readonly { weight: number; value: number }[]): number | null {
  let weighted = 0;
  let total = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const { weight, value } of entries) {
    weighted += weight * value;
    total += weight;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  return total > 0 ? Math.min(highest, Math.max(lowest, weighted / total)) : null;
}
