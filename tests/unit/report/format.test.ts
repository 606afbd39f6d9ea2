import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent, formatScore, oneDecimal } from '../../../src/report/format.js';

describe('display rounding (one decimal, halves away from zero)', () => {
  it.each([
    [74.25, '74.3'], // an exact binary half rounds up
    [0.15, '0.2'], // 0.15 is 0.1499999… in binary; shown as a person expects
    [250 / 3, '83.3'],
    [200 / 3, '66.7'],
    [100, '100.0'],
    [0, '0.0'],
    [-0.04, '0.0'], // no "-0.0"
    [-2.25, '-2.3'],
  ])('%s → %s', (value, shown) => {
    expect(oneDecimal(value)).toBe(shown);
  });

  it('shows missing scores as a dash and coverage as a whole percentage', () => {
    expect(formatScore(null)).toBe('–');
    expect(formatPercent(0.955)).toBe('96%');
    expect(formatPercent(0.8)).toBe('80%');
  });
});

describe('scores are shown by the same rule as every other figure (to nearest)', () => {
  it.each([
    [49.96082621082621, '50.0'], // a real sample; its band is read from this 50.0 too (bands.ts)
    [55.99, '56.0'], // the case: was shown as 55.9
    [69.99999999999999, '70.0'], // float noise of a true 70 is not a shortfall
    [250 / 3, '83.3'],
    [200 / 3, '66.7'],
    [74.25, '74.3'],
    [100, '100.0'],
  ])('formatScore(%s) → %s', (score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });
});

describe('formatChange marks only a clear change', () => {
  const change = (shownChange: number, clearChange: boolean) => ({ shownChange, clearChange, direction: shownChange > 0 ? ('up' as const) : shownChange < 0 ? ('down' as const) : ('same' as const) });
  it.each([
    [change(41.7, true), 'threshold', '+41.7 ▲'],
    [change(-3, false), 'threshold', '−3.0'], // one person, under 5 points: no arrow
    [change(-0.1, false), 'interval', '−0.1 (no clear change)'], // teams say it in words
    [change(-8.2, true), 'interval', '−8.2 ▼'],
    [change(0, false), 'interval', '0.0'],
  ] as const)('%o (%s) → %s', (value, rule, text) => {
    expect(formatChange(value, rule)).toBe(text);
  });

  it('shows "–" when a side has no score', () => {
    expect(formatChange({ shownChange: null, clearChange: false, direction: 'none' })).toBe('–');
  });
});
