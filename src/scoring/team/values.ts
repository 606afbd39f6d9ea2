/** The values of one measure, kept only so its median can be found at the end. */
export interface ValueStore {
  add(value: number): void;
  median(): number | null;
}

/** The first block's size; each next block is twice the last, up to LARGEST_BLOCK. */
const FIRST_BLOCK = 4096;
/** 512 KB of values: what a block may leave unused. */
const LARGEST_BLOCK = 65536;

/**
 * 8 bytes a value, in typed-array blocks that are filled in turn and never copied: for section and
 * overall scores, which rarely repeat. One array grown by doubling held up to twice the values it
 * needed, and three times while it grew, which over a million rows was most of what the process
 * grew by.
 */
export class Float64Values implements ValueStore {
  private readonly blocks: Float64Array[] = [];
  /** Values in the last block. */
  private used = 0;
  private count = 0;

  constructor(
    private readonly firstBlock = FIRST_BLOCK,
    private readonly largestBlock = LARGEST_BLOCK,
  ) {}

  add(value: number): void {
    let last = this.blocks[this.blocks.length - 1];
    if (!last || this.used === last.length) {
      last = new Float64Array(last ? Math.min(last.length * 2, this.largestBlock) : this.firstBlock);
      this.blocks.push(last);
      this.used = 0;
    }
    last[this.used++] = value;
    this.count++;
  }

  median(): number | null {
    if (this.count === 0) return null;
    // Each block sorted where it is, then read in order across blocks: one sorted copy of all the
    // values would cost another 8 MB at a million respondents, at the peak.
    const runs = this.blocks.map((block, i) => (i === this.blocks.length - 1 ? block.subarray(0, this.used) : block).sort());
    return middle(this.count, inOrder(runs));
  }
}

/**
 * The values of sorted runs as one sorted sequence, read by rank through `at(rank)`; ranks must be
 * asked in increasing order (as `middle` asks them). Each step takes the smallest head of the runs.
 */
function inOrder(runs: readonly Float64Array[]): (rank: number) => number {
  const heads = runs.map(() => 0);
  /** The run whose next value is the smallest. */
  const smallest = (): number => {
    let from = -1;
    let least = Infinity;
    for (let run = 0; run < runs.length; run++) {
      const values = runs[run] as Float64Array;
      const head = heads[run] as number;
      if (head === values.length || (from !== -1 && (values[head] as number) >= least)) continue;
      from = run;
      least = values[head] as number;
    }
    return from;
  };
  let taken = -1;
  let value = NaN;
  return (rank) => {
    for (; taken < rank; taken++) {
      const from = smallest();
      value = (runs[from] as Float64Array)[heads[from] as number] as number;
      heads[from] = (heads[from] as number) + 1;
    }
    return value;
  };
}

/** Distinct values counted in plain arrays, found by scanning, before a Map takes over. */
const SCANNED = 16;

/**
 * A count per distinct value: for item scores, which take a handful of values (a five-point
 * scale has five), so a million respondents cost five entries. The first few values are kept in
 * two arrays and found by comparing, which is cheaper than a Map's hashing for so few (this runs
 * for every answer of every respondent); more go to a Map. Either way the values stay in the order
 * they were first added, as a Map alone kept them.
 */
export class CountedValues implements ValueStore {
  private readonly keys: number[] = [];
  private readonly boxes: { count: number }[] = [];
  /** Past SCANNED distinct values: a box per value, so counting is one lookup. */
  private more: Map<number, { count: number }> | undefined;
  private count = 0;

  add(value: number): void {
    this.count++;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === value) {
        (this.boxes[i] as { count: number }).count++;
        return;
      }
    }
    // NaN is never added (a sheet's "no score" is skipped before), but a Map would count it as one value.
    const box = this.more?.get(value);
    if (box) box.count++;
    else if (keys.length < SCANNED && !Number.isNaN(value)) {
      // A Map keeps -0 as 0: so do these.
      keys.push(value === 0 ? 0 : value);
      this.boxes.push({ count: 1 });
    } else (this.more ??= new Map()).set(value, { count: 1 });
  }

  /** How many different values were added. */
  get distinct(): number {
    return this.keys.length + (this.more?.size ?? 0);
  }

  /** How often each distinct value was added, in the order first added. */
  tally(): Map<number, number> {
    return new Map([...this.entries()].map(([value, box]) => [value, box.count]));
  }

  /** Every value added, each as often as it was added (in no particular order). */
  *values(): Generator<number> {
    for (const [value, box] of this.entries()) for (let i = 0; i < box.count; i++) yield value;
  }

  median(): number | null {
    if (this.count === 0) return null;
    const ordered = [...this.entries()].map(([value, box]) => [value, box.count] as const).sort((a, b) => a[0] - b[0]);
    return middle(this.count, (rank) => {
      let seen = 0;
      for (const [value, count] of ordered) {
        seen += count;
        if (rank < seen) return value;
      }
      return ordered[ordered.length - 1]?.[0] ?? 0;
    });
  }

  /** Each distinct value and its box, in the order first added (the scanned ones came first). */
  private *entries(): Generator<[number, { count: number }]> {
    for (let i = 0; i < this.keys.length; i++) yield [this.keys[i] as number, this.boxes[i] as { count: number }];
    if (this.more) yield* this.more;
  }
}

/**
 * More distinct values than this and counting them costs more than storing them: a counted value
 * costs about 60 bytes (a Map entry, its key and its box), a stored one 8, so 4,096 counted (about
 * 240 KB) cost what 30,000 stored do, and an export long enough for memory to matter has more rows
 * than that. In the bench's million-row export, section scores take 25 to 2,254 distinct values, all
 * counted now (1,024 sent the 2,254 to 8 MB of stored values); the overall score takes 919,399.
 */
const MAX_COUNTED = 4096;

/**
 * For section and overall scores: weighted means of a few item scores, so in a real team they
 * repeat, and counting them keeps memory flat however many respond (storing every score made peak
 * memory grow with the export). Should they stop repeating (fine-grained rating scales), the values
 * are stored from then on, 8 bytes each. The median is exact either way.
 */
export class ScoreValues implements ValueStore {
  private counted: CountedValues | undefined = new CountedValues();
  private readonly stored = new Float64Values();

  constructor(private readonly maxCounted = MAX_COUNTED) {}

  add(value: number): void {
    if (!this.counted) {
      this.stored.add(value);
      return;
    }
    this.counted.add(value);
    if (this.counted.distinct > this.maxCounted) {
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
