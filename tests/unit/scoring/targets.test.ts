import { describe, expect, it } from 'vitest';
import { measureTarget, progressToDate } from '../../../src/scoring/targets.js';
import type { Snapshot } from '../../../src/scoring/snapshot.js';
import { progressAssessment } from '../../helpers/progress.js';

const q1 = progressAssessment('q1.yaml').snapshot;
const q2 = progressAssessment('q2.yaml').snapshot;
const q3 = progressAssessment('q3.yaml').snapshot;
const target = progressAssessment('target.yaml').snapshot;

const section = (report: ReturnType<typeof measureTarget>, id: string) => report.sections.find((s) => s.id === id);

describe('percent to target', () => {
  // Target: l1 1, l2 1, c1 1, c2 1, p1 0.75. Current q2: l1 0.75, l2 0.5, c1 n/a, c2 1, p1 0.5.
  const report = measureTarget(q2, target);

  it('is 1 − weighted gap / weighted target per section, over items both score', () => {
    // lead: gaps l1 0.25 (w2), l2 0.5 (w1): gap mean (0.5 + 0.5)/3 = 1/3, target mean 1 → 2/3
    expect(section(report, 'lead')?.percentToTarget).toBeCloseTo(2 / 3, 10);
    // care: c1 not assessed; c2 gap 0 → 1
    expect(section(report, 'care')?.percentToTarget).toBe(1);
    // people: p1 gap 0.25 of target 0.75 → 1 − 1/3
    expect(section(report, 'people')?.percentToTarget).toBeCloseTo(2 / 3, 10);
    expect(report.notAssessed).toEqual(['c1']);
  });

  it('weights sections overall by their weight share', () => {
    // gap (2·1/3 + 1·0 + 1·0.25)/4 = 0.229167; target (2·1 + 1·1 + 1·0.75)/4 = 0.9375
    // 1 − 0.229167/0.9375 = 0.755556
    expect(report.overall.percentToTarget).toBeCloseTo(1 - 0.916667 / 4 / 0.9375, 5);
    expect(report.overall.target).toBeCloseTo(93.75, 10);
  });

  it('lists each targeted item with its gap', () => {
    expect(report.items.map((i) => [i.id, i.gap])).toEqual([
      ['l1', 0.25],
      ['l2', 0.5],
      ['c1', null],
      ['c2', 0],
      ['p1', 0.25],
    ]);
  });

  it('equals the overall score / 100 when the target is the best answer everywhere', () => {
    const best: Snapshot = { ...q3, sections: q3.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, score: 1 })) })) };
    expect(measureTarget(q3, best).overall.percentToTarget).toBeCloseTo((q3.overall.score ?? 0) / 100, 10);
  });
});

describe('progress to date', () => {
  // baseline q1, current q3, target: overall (73.958 − 31.25)/(93.75 − 31.25) = 42.708/62.5 = 0.68333
  const report = measureTarget(q3, target, q1);

  it('is (current − baseline)/(target − baseline) overall and per section', () => {
    expect(report.overall.progress?.value).toBeCloseTo((295.8333 / 4 - 31.25) / 62.5, 4);
    expect(section(report, 'lead')?.progress?.value).toBeCloseTo((91.6667 - 25) / 75, 4); // 0.8889
    expect(section(report, 'care')?.progress?.value).toBeCloseTo(62.5 / 75, 10); // 0.8333
    expect(section(report, 'people')?.progress?.value).toBeCloseTo(-1, 10); // (25 − 50)/(75 − 50), went backwards
  });

  it('is null with a reason when the target is not above the baseline or a score is missing', () => {
    expect(progressToDate(80, 85, 80)).toEqual({ baseline: 80, value: null, reason: 'no-gap-at-baseline' });
    expect(progressToDate(80, 85, 70)).toEqual({ baseline: 80, value: null, reason: 'no-gap-at-baseline' });
    expect(progressToDate(null, 85, 90)).toEqual({ baseline: null, value: null, reason: 'missing-score' });
    expect(progressToDate(40, 70, 100)).toEqual({ baseline: 40, value: 0.5, reason: null });
  });

  it('is left out without a baseline', () => {
    expect(measureTarget(q3, target).overall.progress).toBeUndefined();
  });
});

describe('percent to target from the scores printed beside it', () => {
  // q2 against the target: lead 66.667 of 100, care 100 of 100, people 50 of 75,
  // overall 70.833 of (2·100 + 100 + 75)/4 = 93.75
  const report = measureTarget(q2, target);

  it('is min(score / target, 1) on section and overall scores', () => {
    expect(section(report, 'lead')?.scoreToTarget).toBeCloseTo(2 / 3, 10);
    expect(section(report, 'care')?.scoreToTarget).toBe(1);
    expect(section(report, 'people')?.scoreToTarget).toBeCloseTo(50 / 75, 10);
    expect(report.overall.scoreToTarget).toBeCloseTo(70.8333 / 93.75, 4); // 0.7556
  });
});
