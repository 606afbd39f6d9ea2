/**
 * Running means and co-moments of k variables, updated one observation at a time (the
 * multivariate form of Welford's update), so a covariance matrix needs one pass and k×k numbers.
 */
export class CoMoments {
  n = 0;
  private readonly means: Float64Array;
  /** Row-major k×k sums of cross-products of deviations. */
  private readonly sums: Float64Array;
  /** Deviations from the old means, reused by every `add`: one is called per respondent. */
  private readonly before: Float64Array;

  constructor(readonly k: number) {
    this.means = new Float64Array(k);
    this.sums = new Float64Array(k * k);
    this.before = new Float64Array(k);
  }

  /** One observation: k values from `values[offset]` on, in the order of the variables. */
  add(values: ArrayLike<number>, offset = 0): void {
    this.n++;
    const before = this.before;
    for (let i = 0; i < this.k; i++) before[i] = (values[offset + i] ?? 0) - (this.means[i] ?? 0);
    for (let i = 0; i < this.k; i++) this.means[i] = (this.means[i] ?? 0) + (before[i] ?? 0) / this.n;
    for (let i = 0; i < this.k; i++) {
      for (let j = 0; j < this.k; j++) {
        // Deviation from the old mean times deviation from the new one: exact, as in Welford.
        const after = (values[offset + j] ?? 0) - (this.means[j] ?? 0);
        this.sums[i * this.k + j] = (this.sums[i * this.k + j] ?? 0) + (before[i] ?? 0) * after;
      }
    }
  }

  /** Sample covariance matrix (n − 1 denominator); null with fewer than two observations. */
  covariance(): number[][] | null {
    if (this.n < 2) return null;
    return Array.from({ length: this.k }, (_, i) => Array.from({ length: this.k }, (_, j) => (this.sums[i * this.k + j] ?? 0) / (this.n - 1)));
  }
}
