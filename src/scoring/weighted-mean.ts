/** Σ w·x and Σ w, fed one entry at a time: a section's items are summed as they are scored. */
export class WeightedSum {
  weighted = 0;
  total = 0;

  add(weight: number, value: number): void {
    this.weighted += weight * value;
    this.total += weight;
  }

  /** Σ w·x / Σ w, or null when there is no weight. */
  mean(): number | null {
    return this.total > 0 ? this.weighted / this.total : null;
  }
}

/** Σ w·x / Σ w over the entries, or null when there is no weight. */
export function weightedMean(entries: readonly { weight: number; value: number }[]): number | null {
  const sum = new WeightedSum();
  for (const { weight, value } of entries) sum.add(weight, value);
  return sum.mean();
}
