import { ScoreValues, type ValueStore } from './values.js';

/** Summary statistics of one measure. Fields are null without values; sd needs two. */
export interface Stats {
  n: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation (n − 1 denominator). */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Welford's running mean and sum of squared deviations: one pass, numerically stable, and no
 * memory per value. Groups use it as it is; `RunningStats` adds the values a median needs.
 */
export class Welford {
  n = 0;
  mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;

  add(value: number): void {
    this.n++;
    const delta = value - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (value - this.mean);
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Folds another accumulator in (Chan et al.'s pairwise update), as if its values had been added here. */
  merge(other: Welford): void {
    if (other.n === 0) return;
    const n = this.n + other.n;
    const delta = other.mean - this.mean;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.mean += (delta * other.n) / n;
    this.n = n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  stats(median: number | null = null): Stats {
    if (this.n === 0) return { n: 0, mean: null, median: null, sd: null, min: null, max: null };
    return {
      n: this.n,
      mean: this.mean,
      median,
      sd: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : null,
      min: this.min,
      max: this.max,
    };
  }
}

/** Welford plus the stored values for the median. */
export class RunningStats {
  private readonly welford = new Welford();

  constructor(private readonly values: ValueStore = new ScoreValues()) {}

  add(value: number): void {
    this.welford.add(value);
    this.values.add(value);
  }

  stats(): Stats {
    return this.welford.stats(this.values.median());
  }
}
