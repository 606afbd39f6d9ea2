import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../../../src/scoring/team/alpha.js';
import { CoMoments } from '../../../../src/scoring/team/co-moments.js';

// Worked example, computed independently with exact fractions (and checkable by hand):
// 10 respondents × 4 five-point items, positions
//   r1 4 4 5 4   r2 2 3 2 1   r3 3 3 4 3   r4 5 4 5 5   r5 1 2 1 2
//   r6 4 5 4 3   r7 3 2 3 4   r8 2 2 1 1   r9 5 5 4 5   r10 3 4 3 2
// Item sums 32 34 32 30 → means 3.2 3.4 3.2 3.0.
// Sample covariance matrix (n − 1 = 9), on positions:
//   [ 26/15  56/45  26/15   5/3 ]
//   [ 56/45  62/45  56/45   8/9 ]
//   [ 26/15  56/45  98/45  16/9 ]
//   [  5/3    8/9   16/9   20/9 ]
// Σ item variances = 78/45 + 62/45 + 98/45 + 100/45 = 338/45.
// Totals 17 8 13 19 6 16 12 6 19 12, mean 12.8, variance Σ(t − 12.8)²/9 = 1108/45 (= ΣS_ij).
// alpha = 4/3 · (1 − 338/1108) = 4/3 · 770/1108 = 770/831 ≈ 0.926594.
// Dropping item 2: the other three have Σ variances 276/45 and total variance 742/45,
//   alpha = 3/2 · (1 − 276/742) = 699/742 ≈ 0.942049 (higher: item 2 fits least).
// Others: drop 1 → 44/51, drop 3 → 171/194, drop 4 → 95/103.
// r.drop(i) = (Σ_j S_ij − S_ii) / √(S_ii · variance of the rest):
//   item 1: (209/45) / √(26/15 · 68/5) → r² = 43681/47736;  item 2: (152/45) / √(62/45 · 742/45) → r² = 5776/11501
//   item 3: (214/45) / √(98/45 · 194/15) → r² = 11449/14259; item 4: (13/3) / √(20/9 · 206/15) → r² = 507/824
// psych::alpha() on the same data reports raw_alpha, alpha.drop raw_alpha and r.drop with these formulas;
// the scale (positions 1..5 or scores 0..1) does not change any of them.
const positions = [
  [4, 4, 5, 4],
  [2, 3, 2, 1],
  [3, 3, 4, 3],
  [5, 4, 5, 5],
  [1, 2, 1, 2],
  [4, 5, 4, 3],
  [3, 2, 3, 4],
  [2, 2, 1, 1],
  [5, 5, 4, 5],
  [3, 4, 3, 2],
];

function covarianceOf(rows: number[][]): number[][] {
  const moments = new CoMoments(rows[0]?.length ?? 0);
  for (const row of rows) moments.add(row);
  return moments.covariance() ?? [];
}

describe('CoMoments', () => {
  it('gives the sample covariance matrix of the worked example in one pass', () => {
    const expected = [
      [26 / 15, 56 / 45, 26 / 15, 5 / 3],
      [56 / 45, 62 / 45, 56 / 45, 8 / 9],
      [26 / 15, 56 / 45, 98 / 45, 16 / 9],
      [5 / 3, 8 / 9, 16 / 9, 20 / 9],
    ];
    const covariance = covarianceOf(positions);
    expected.forEach((row, i) => row.forEach((value, j) => expect(covariance[i]?.[j]).toBeCloseTo(value, 12)));
  });

  it('has no covariance with one observation', () => {
    const moments = new CoMoments(2);
    moments.add([1, 2]);
    expect(moments.covariance()).toBeNull();
  });
});

describe('cronbachAlpha', () => {
  for (const [label, rows] of [
    ['positions 1..5', positions],
    ['item scores 0..1', positions.map((row) => row.map((p) => (p - 1) / 4))],
  ] as const) {
    it(`matches the worked example on ${label}`, () => {
      const result = cronbachAlpha(covarianceOf(rows.map((row) => [...row])));
      expect(result.alpha).toBeCloseTo(770 / 831, 9);
      expect(result.items.map((item) => item.alphaIfDropped)).toHaveLength(4);
      [44 / 51, 699 / 742, 171 / 194, 95 / 103].forEach((value, i) => expect(result.items[i]?.alphaIfDropped).toBeCloseTo(value, 9));
      [43681 / 47736, 5776 / 11501, 11449 / 14259, 507 / 824].forEach((square, i) => expect(result.items[i]?.itemRest).toBeCloseTo(Math.sqrt(square), 9));
    });
  }

  it('has no alpha when the total does not vary', () => {
    const result = cronbachAlpha(covarianceOf([
      [3, 3, 3],
      [3, 3, 3],
    ]));
    expect(result.alpha).toBeNull();
    expect(result.items[0]).toEqual({ alphaIfDropped: null, itemRest: null });
  });
});
