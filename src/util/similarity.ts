/**
 * How alike two texts are, 0..1: the Dice coefficient of their character bigrams (twice the
 * bigrams they share over the bigrams of both). It forgives a reworded end, a typo or an extra
 * word far better than edit distance does for sentence-long texts such as question texts.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  const total = sum(left) + sum(right);
  if (total === 0) return 0;
  let shared = 0;
  for (const [bigram, count] of left) shared += Math.min(count, right.get(bigram) ?? 0);
  return (2 * shared) / total;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const bigram = text.slice(i, i + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

function sum(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}
