import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunningStats, Welford } from '../../../../src/scoring/team/stats.js';
import { CountedValues, Float64Values, ScoreValues } from '../../../../src/scoring/team/values.js';
import { ScoreAccumulator } from '../../../../src/scoring/team/score-accumulator.js';
import { bandFor } from '../../../../src/scoring/bands.js';

describe('RunningStats', () => {
  it('gives n, mean, median, sample sd, min and max of an odd count', () => {
    // 40 55 70 70 90: mean 325/5 = 65; median the 3rd value, 70;
    // deviations −25 −10 5 5 25 → squares 625+100+25+25+625 = 1400; sd = √(1400/4) = √350.
    const stats = new RunningStats();
    for (const value of [70, 40, 90, 55, 70]) stats.add(value);
    const result = stats.stats();
    expect(result.n).toBe(5);
    expect(result.mean).toBeCloseTo(65, 12);
    expect(result.median).toBe(70);
    expect(result.sd).toBeCloseTo(Math.sqrt(350), 12);
    expect(result.min).toBe(40);
    expect(result.max).toBe(90);
  });

  it('takes the mean of the middle two for an even count', () => {
    // 10 20 40 50: median (20+40)/2 = 30; mean 30; deviations −20 −10 10 20 → 1000/3.
    const stats = new RunningStats(new CountedValues());
    for (const value of [50, 10, 40, 20]) stats.add(value);
    expect(stats.stats()).toMatchObject({ n: 4, median: 30, min: 10, max: 50 });
    expect(stats.stats().sd).toBeCloseTo(Math.sqrt(1000 / 3), 12);
  });

  it('has no sd for one value and nothing for none', () => {
    const one = new RunningStats();
    one.add(42);
    expect(one.stats()).toEqual({ n: 1, mean: 42, median: 42, sd: null, min: 42, max: 42 });
    expect(new RunningStats().stats()).toEqual({ n: 0, mean: null, median: null, sd: null, min: null, max: null });
  });

  it('counted values give the same median as stored values, with repeats', () => {
    // Up to 21 distinct values: past the 8 kept in a list, the rest are counted in a map.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 80 }), (positions) => {
        const stored = new Float64Values();
        const counted = new CountedValues();
        for (const position of positions) {
          stored.add(position * 25);
          counted.add(position * 25);
        }
        const sorted = positions.map((p) => p * 25).sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        const expected = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
        expect(stored.median()).toBe(expected);
        expect(counted.median()).toBe(expected);
      }),
    );
  });

  it('score values give the exact median whether they repeat or not, across the switch from counting to storing', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 1500 }), fc.integer({ min: 1, max: 3 }), (values, repeats) => {
        // Rounding to a step of 0.05 gives at most 2001 distinct values: with a switch past 1024, some
        // runs switch and some never do.
        const stepped = values.map((v) => Math.round(v * 20) / 20);
        const all = stepped.flatMap((v) => Array.from({ length: repeats }, () => v));
        const score = new ScoreValues(1024);
        const stored = new Float64Values();
        for (const value of all) {
          score.add(value);
          stored.add(value);
        }
        expect(score.median()).toBe(stored.median());
      }),
      { numRuns: 60 },
    );
  });

  it('stored values give the median across many blocks, however they were added', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 4 }), (values, first) => {
        // Blocks of 1 to 4 values doubling up to 8: 120 values fill about 15 blocks.
        const stored = new Float64Values(first, 8);
        for (const value of values) stored.add(value);
        const sorted = [...values].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        const expected = (sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2) as number;
        // + 0 makes −0 and 0 one value: the two sorts may order them differently.
        expect((stored.median() as number) + 0).toBe(expected + 0);
      }),
    );
  });

  it('stored values in blocks: the median of 9, 1, 8, 2, 7, 3 in blocks of 2 is (3 + 7) / 2 = 5', () => {
    // Blocks [9 1] [8 2] [7 3] sort to [1 9] [2 8] [3 7]; in order 1 2 3 7 8 9, ranks 2 and 3 are 3 and 7.
    const stored = new Float64Values(2, 2);
    for (const value of [9, 1, 8, 2, 7, 3]) stored.add(value);
    expect(stored.median()).toBe(5);
  });

  it('score values past 4096 distinct values: median of 0..4199 added twice each is (2099 + 2100) / 2', () => {
    // 8400 values, sorted 0 0 1 1 ... 4199 4199: the middle two (ranks 4199 and 4200) are 2099 and 2100.
    const score = new ScoreValues();
    for (let i = 0; i < 4200; i++) score.add(i);
    for (let i = 4199; i >= 0; i--) score.add(i);
    expect(score.median()).toBe(2099.5);
  });

  it('matches the two-pass mean and sd, and merging halves equals adding everything', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 80 }), fc.nat(), (values, cut) => {
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
        const whole = new Welford();
        values.forEach((v) => whole.add(v));
        const left = new Welford();
        const right = new Welford();
        const at = cut % values.length;
        values.forEach((v, i) => (i < at ? left : right).add(v));
        left.merge(right);
        for (const result of [whole.stats(), left.stats()]) {
          expect(result.mean).toBeCloseTo(mean, 9);
          expect(result.sd).toBeCloseTo(sd, 9);
          expect(result.min).toBe(Math.min(...values));
          expect(result.max).toBe(Math.max(...values));
        }
      }),
    );
  });
});

describe('ScoreAccumulator band counts', () => {
  // Rubrics in any order, with unique mins (the rules demand it) and a band at 0.
  const rubricArb = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 }).chain((mins) =>
    fc.shuffledSubarray([0, ...mins].map((min) => ({ min, label: `from ${min}` })), { minLength: mins.length + 1 }),
  );

  it('counts each score in the band with the highest min at or below it (within float noise)', () => {
    fc.assert(
      fc.property(rubricArb, fc.array(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(NaN)), { maxLength: 40 }), (rubric, scores) => {
        const accumulator = new ScoreAccumulator(rubric);
        for (const score of scores) accumulator.add(score, 1);
        // The definition, written out: the band whose min is the largest one ≤ score + 1e-9.
        const expected = [...rubric]
          .sort((a, b) => b.min - a.min)
          .map((band) => ({ label: band.label, min: band.min, count: scores.filter((score) => Math.max(...rubric.filter((b) => b.min <= score + 1e-9).map((b) => b.min)) === band.min).length }));
        expect(accumulator.summary().bands).toEqual(expected);
        for (const score of scores) expect(bandFor(score, rubric)?.min ?? null).toBe(Number.isNaN(score) ? null : Math.max(...rubric.filter((b) => b.min <= score + 1e-9).map((b) => b.min)));
      }),
    );
  });
});
