/** Σ w·x / Σ w over the entries, or null when there is no weight. */
export function weightedMean(entries: readonly { weight: number; value: number }[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const { weight, value } of entries) {
    weighted += weight * value;
    total += weight;
  }
  return total > 0 ? weighted / total : null;
}
