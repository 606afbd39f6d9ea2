/** The values of one measure, kept only so its median can be found at the end. */
export interface ValueStore {
  add(value: number): void;
  median(): number | null;
}

/** 8 bytes a value in a growing typed array: for section and overall scores, which rarely repeat. */
export class Float64Values implements ValueStore {
  private values = new Float64Array(16);
  private count = 0;

  add(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  median(): number | null {
    if (this.count === 0) return null;
    // Sorted where they are: a copy would cost another 8 MB at a million respondents, at the peak.
    const sorted = this.values.subarray(0, this.count).sort();
    return middle(this.count, (i) => sorted[i] ?? 0);
  }
}

/**
 * A count per distinct value: for item scores, which take a handful of values (a five-point
 * scale has five), so a million respondents cost five map entries.
 */
export class CountedValues implements ValueStore {
  /** A box per value, so counting is one lookup (this runs for every answer of every respondent). */
  private readonly counts = new Map<number, { count: number }>();
  private count = 0;

  add(value: number): void {
    const box = this.counts.get(value);
    if (box) box.count++;
    else this.counts.set(value, { count: 1 });
    this.count++;
  }

  /** How many different values were added. */
  get distinct(): number {
    return this.counts.size;
  }

  /** How often each distinct value was added (in no particular order). */
  tally(): Map<number, number> {
    return new Map([...this.counts.entries()].map(([value, box]) => [value, box.count]));
  }

  /** Every value added, each as often as it was added (in no particular order). */
  *values(): Generator<number> {
    for (const [value, box] of this.counts) for (let i = 0; i < box.count; i++) yield value;
  }

  median(): number | null {
    if (this.count === 0) return null;
    const ordered = [...this.counts.entries()].map(([value, box]) => [value, box.count] as const).sort((a, b) => a[0] - b[0]);
    return middle(this.count, (rank) => {
      let seen = 0;
      for (const [value, count] of ordered) {
        seen += count;
        if (rank < seen) return value;
      }
      return ordered[ordered.length - 1]?.[0] ?? 0;
    });
  }
}

/** More distinct values than this and counting them costs more than storing them. */
const MAX_COUNTED = 1024;

/**
 * For section and overall scores: weighted means of a few item scores, so in a real team they
 * repeat, and counting them keeps memory flat however many respond (storing every score made peak
 * memory grow with the export). Should they stop repeating (fine-grained rating scales), the values
 * are stored from then on, 8 bytes each. The median is exact either way.
 */
export class ScoreValues implements ValueStore {
  private counted: CountedValues | undefined = new CountedValues();
  private readonly stored = new Float64Values();

  add(value: number): void {
    if (!this.counted) {
      this.stored.add(value);
      return;
    }
    this.counted.add(value);
    if (this.counted.distinct > MAX_COUNTED) {
      for (const counted of this.counted.values()) this.stored.add(counted);
      this.counted = undefined;
    }
  }

  median(): number | null {
    return this.counted ? this.counted.median() : this.stored.median();
  }
}

/** The median of `n` sorted values read through `at(rank)` (0-based): the mean of the middle two when n is even. */
function middle(n: number, at: (rank: number) => number): number {
  const half = Math.floor(n / 2);
  return n % 2 === 1 ? at(half) : (at(half - 1) + at(half)) / 2;
}
