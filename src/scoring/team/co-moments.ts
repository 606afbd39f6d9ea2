/**
 * Running means and co-moments of k variables, updated one observation at a time (the
 * multivariate form of Welford's update), so a covariance matrix needs one pass and k×k numbers.
 */
export class CoMoments {
  n = 0;
  private readonly means: Float64Array;
  /** Row-major k×k sums of cross-products of deviations. */
  private readonly sums: Float64Array;
  /** Deviations from the old means and from the new ones, reused by every `add`: one is called per respondent. */
  private readonly before: Float64Array;
  private readonly after: Float64Array;

  constructor(readonly k: number) {
    this.means = new Float64Array(k);
    this.sums = new Float64Array(k * k);
    this.before = new Float64Array(k);
    this.after = new Float64Array(k);
  }

  /** One observation: k values from `values[offset]` on, in the order of the variables. */
  add(values: ArrayLike<number>, offset = 0): void {
    const { k, means, sums, before, after } = this;
    const n = ++this.n;
    for (let i = 0; i < k; i++) {
      const value = values[offset + i] as number;
      before[i] = value - (means[i] as number);
      means[i] = (means[i] as number) + (before[i] as number) / n;
      after[i] = value - (means[i] as number);
    }
    // Deviation from the old mean times deviation from the new one: exact, as in Welford.
    for (let i = 0; i < k; i++) {
      const row = i * k;
      for (let j = 0; j < k; j++) sums[row + j] = (sums[row + j] as number) + (before[i] as number) * (after[j] as number);
    }
  }

  /** Sample covariance matrix (n − 1 denominator); null with fewer than two observations. */
  covariance(): number[][] | null {
    if (this.n < 2) return null;
    return Array.from({ length: this.k }, (_, i) => Array.from({ length: this.k }, (_, j) => (this.sums[i * this.k + j] ?? 0) / (this.n - 1)));
  }
}
