/** Distinct values kept per column: enough for any coded column, bounded for a free-text one. */
const TRACKED = 1000;

/** One distinct cell value of a column and how many rows hold it. */
export interface ValueCount {
  value: string;
  count: number;
}

/**
 * The distinct (trimmed) cell values of each column of an export, with counts, folded in row by
 * row so a large export never sits in memory: a free-text column stops adding values at TRACKED.
 */
export class ColumnValues {
  rows = 0;
  private readonly counts: Map<string, number>[] = [];
  private readonly filled: number[] = [];
  private readonly untracked: boolean[] = [];

  add(record: readonly string[]): void {
    this.rows++;
    for (const [index, raw] of record.entries()) {
      const value = raw.trim();
      if (value === '') continue;
      this.filled[index] = (this.filled[index] ?? 0) + 1;
      const counts = (this.counts[index] ??= new Map());
      const count = counts.get(value);
      if (count !== undefined) counts.set(value, count + 1);
      else if (counts.size < TRACKED) counts.set(value, 1);
      else this.untracked[index] = true;
    }
  }

  /** The column's values, most frequent first (ties in the order of first appearance). */
  of(index: number): ValueCount[] {
    return [...(this.counts[index] ?? new Map<string, number>())].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
  }

  /** Rows where the column is blank (or missing, in a short row). */
  blank(index: number): number {
    return this.rows - (this.filled[index] ?? 0);
  }

  /** Whether the column had more distinct values than are kept. */
  more(index: number): boolean {
    return this.untracked[index] === true;
  }
}
