import { describe, expect, it } from 'vitest';
import { INDIVIDUAL_THRESHOLD, isClearChange, tQuantile975, welchInterval } from '../../../src/scoring/change-significance.js';

describe('one person: a change is clear from 5 points as shown', () => {
  it.each([
    [4.9, false],
    [-4.9, false],
    [5, true],
    [-5, true],
    [0, false],
  ])('shown change %s → clear %s', (shownChange, clear) => {
    expect(INDIVIDUAL_THRESHOLD).toBe(5);
    expect(isClearChange(50, 50 + shownChange, shownChange)).toBe(clear);
  });
});

describe('teams: the 95% Welch interval for the difference of the means leaves out zero', () => {
  it('finds the issue\'s "64.2 → 64.1, n 20 vs 26, SD 10" to be no clear change', () => {
    // a = 10²/20 = 5, b = 10²/26 = 3.8462, √(a + b) = √8.8462 = 2.9743
    // df = 8.8462² / (5²/19 + 3.8462²/25) = 78.255 / (1.3158 + 0.5917) = 41.02 → 41, t = 2.0195
    // half width 2.0195 × 2.9743 = 6.007; −0.1 ± 6.007 = (−6.107, 5.907) holds zero
    const interval = welchInterval(64.2, { n: 20, sd: 10 }, 64.1, { n: 26, sd: 10 });
    expect(interval?.df).toBeCloseTo(41.02, 2);
    expect(interval?.t).toBeCloseTo(2.0195, 3);
    expect(interval?.low).toBeCloseTo(-6.107, 2);
    expect(interval?.high).toBeCloseTo(5.907, 2);
    expect(isClearChange(64.2, 64.1, -0.1, { before: { n: 20, sd: 10 }, after: { n: 26, sd: 10 } })).toBe(false);
  });

  it('finds 10 points with n 20 and SD 10 on both sides a clear change', () => {
    // a = b = 100/20 = 5, √10 = 3.1623; df = 10² / (2 × 5²/19) = 38, t(38) = 2.0244
    // half width 2.0244 × 3.1623 = 6.402; 10 ± 6.402 = (3.598, 16.402) leaves out zero
    const interval = welchInterval(50, { n: 20, sd: 10 }, 60, { n: 20, sd: 10 });
    expect(interval?.df).toBeCloseTo(38, 9);
    expect(interval?.low).toBeCloseTo(3.598, 2);
    expect(isClearChange(50, 60, 10, { before: { n: 20, sd: 10 }, after: { n: 20, sd: 10 } })).toBe(true);
  });

  it('uses t, not 1.96, for small teams', () => {
    // n 3 vs 3, SD 10: a = b = 33.333, √66.667 = 8.165; df = 66.667² / (2 × 33.333²/2) = 4, t(4) = 2.776
    // 20 ± 2.776 × 8.165 = 20 ± 22.67 = (−2.67, 42.67): no clear change (1.96 would give (4.0, 36.0), clear)
    const interval = welchInterval(40, { n: 3, sd: 10 }, 60, { n: 3, sd: 10 });
    expect(interval?.df).toBeCloseTo(4, 9);
    expect(interval?.t).toBe(2.776);
    expect(interval?.low).toBeCloseTo(-2.67, 2);
    expect(isClearChange(40, 60, 20, { before: { n: 3, sd: 10 }, after: { n: 3, sd: 10 } })).toBe(false);
  });

  it('rounds Welch degrees of freedom down (a wider interval)', () => {
    // n 10, SD 5 against n 30, SD 20: a = 2.5, b = 13.333; df = 15.833² / (2.5²/9 + 13.333²/29) = 250.69 / (0.6944 + 6.1303) = 36.73 → 36
    const interval = welchInterval(50, { n: 10, sd: 5 }, 55, { n: 30, sd: 20 });
    expect(interval?.df).toBeCloseTo(36.73, 2);
    expect(interval?.t).toBeCloseTo(tQuantile975(36), 12);
  });

  it('cannot tell a change from chance with fewer than two respondents on a side', () => {
    expect(welchInterval(50, { n: 1, sd: null }, 90, { n: 20, sd: 10 })).toBeNull();
    expect(isClearChange(50, 90, 40, { before: { n: 1, sd: null }, after: { n: 20, sd: 10 } })).toBe(false);
  });

  it('finds any change clear when nobody varies, and no change never clear', () => {
    expect(isClearChange(50, 50.1, 0.1, { before: { n: 5, sd: 0 }, after: { n: 5, sd: 0 } })).toBe(true);
    expect(isClearChange(50, 50.01, 0, { before: { n: 5, sd: 0 }, after: { n: 5, sd: 0 } })).toBe(false);
  });
});

describe('the 97.5% quantile of t', () => {
  it.each([
    [1, 12.706],
    [4, 2.776],
    [30, 2.042],
    [31, 2.0395], // R: qt(0.975, 31) = 2.039513
    [40, 2.0211], // 2.021075
    [60, 2.0003], // 2.000298
    [120, 1.9799], // 1.979930
    [Infinity, 1.96],
  ])('df %s → %s', (df, t) => {
    expect(tQuantile975(df)).toBeCloseTo(t, 3);
  });
});
