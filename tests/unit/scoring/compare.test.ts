import { describe, expect, it } from 'vitest';
import { compareSnapshots, directionOf } from '../../../src/scoring/compare.js';
import { progressAssessment } from '../../helpers/progress.js';

const q1 = progressAssessment('q1.yaml').snapshot;
const q2 = progressAssessment('q2.yaml').snapshot;

describe('compareSnapshots', () => {
  // q1: lead 25, care 25, people 50, overall 31.25 (At risk)
  // q2: lead (2·0.75 + 0.5)/3 = 66.667, care 100 (c1 n/a), people 50, overall (133.333 + 100 + 50)/4 = 70.833 (Developing)
  const comparison = compareSnapshots(q1, q2);

  it('gives the overall delta and calls out the band change', () => {
    expect(comparison.overall.delta).toBeCloseTo(70.8333 - 31.25, 3); // 39.583
    expect(comparison.overall.direction).toBe('up');
    expect(comparison.overall.band).toEqual({ before: 'At risk', after: 'Developing', changed: true, direction: 'up' });
  });

  it('gives per-section deltas with direction', () => {
    const byId = Object.fromEntries(comparison.sections.map((s) => [s.id, s]));
    expect(byId.lead?.delta).toBeCloseTo(66.6667 - 25, 3); // 41.667
    expect(byId.care).toMatchObject({ before: 25, after: 100, delta: 75, direction: 'up', band: { before: 'At risk', after: 'Strong', changed: true } });
    expect(byId.people).toMatchObject({ before: 50, after: 50, delta: 0, direction: 'same', band: { changed: false, direction: 'same' } });
  });

  it('ranks the items that moved most, leaving out unchanged and unscored ones', () => {
    // c2 no→yes +1, l1 0.25→0.75 +0.5, l2 0.25→0.5 +0.25; c1 is n/a in q2, p1 unchanged
    expect(comparison.movedMost.map((i) => [i.id, i.delta])).toEqual([
      ['c2', 1],
      ['l1', 0.5],
      ['l2', 0.25],
    ]);
    expect(comparison.items.find((i) => i.id === 'c1')).toMatchObject({ before: 0.5, after: null, delta: null, direction: 'none' });
  });

  it('lists resolved and new red flags by question', () => {
    // q1 flags l2 (0.25 ≤ 0.25) and c2 (no = 0 ≤ 0); q2 flags neither
    expect(comparison.redFlags.resolved.map((f) => f.questionId)).toEqual(['l2', 'c2']);
    expect(comparison.redFlags.new).toEqual([]);
    const backwards = compareSnapshots(q2, q1);
    expect(backwards.redFlags.new.map((f) => f.questionId)).toEqual(['l2', 'c2']);
    expect(backwards.overall.band.direction).toBe('down');
  });

  it('counts a change that prints as 0.0 as no change', () => {
    expect(directionOf(0.049)).toBe('same');
    expect(directionOf(-0.05)).toBe('down');
    expect(directionOf(0.05)).toBe('up');
  });
});
