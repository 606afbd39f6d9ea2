/**
 * Σ w·x and Σ w, fed one entry at a time (a section's items are summed as they are scored). The
 * mean is kept within the values' own range: rounding alone made (w × 100) / w come out as
 * 100.00000000000001.
 */
export class WeightedSum {
  weighted = 0;
  total = 0;
  private lowest = Infinity;
  private highest = -Infinity;

  add(weight: number, value: number): void {
    this.weighted += weight * value;
    this.total += weight;
    this.lowest = Math.min(this.lowest, value);
    this.highest = Math.max(this.highest, value);
  }

  /** Σ w·x / Σ w, or null when there is no weight. */
  mean(): number | null {
    return this.total > 0 ? Math.min(this.highest, Math.max(this.lowest, this.weighted / this.total)) : null;
  }
}

/** Σ w·x / Σ w over the entries, or null when there is no weight (see WeightedSum). */
export function weightedMean(entries: readonly { weight: number; value: number }[]): number | null {
  const sum = new WeightedSum();
  for (const { weight, value } of entries) sum.add(weight, value);
  return sum.mean();
}
