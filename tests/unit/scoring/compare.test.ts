import { describe, expect, it } from 'vitest';
import { compareSnapshots, directionOf, scoreChange } from '../../../src/scoring/compare.js';
import { join } from 'node:path';
import { loadAssessment } from '../../../src/load/assessment.js';
import type { Snapshot } from '../../../src/scoring/snapshot.js';
import { repoRoot } from '../../helpers/cli.js';
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

  it('reads the direction from the shown change: 0.0 is no change', () => {
    expect(directionOf(0)).toBe('same');
    expect(directionOf(-0.1)).toBe('down');
    expect(directionOf(0.1)).toBe('up');
  });

  it('shows a change as the shown after minus the shown before (items in points)', () => {
    // the case: 34.04 → 53.56 showed as 34.0 → 53.6 +19.5; shown figures give 53.6 − 34.0 = 19.6
    expect(scoreChange(34.04, 53.56, 1)).toMatchObject({ shownChange: 19.6, direction: 'up' });
    // 50.04 → 50.06: full-precision delta 0.02, but shown 50.0 → 50.1, so +0.1 (no clear change: under 5 points)
    expect(scoreChange(50.04, 50.06, 1)).toMatchObject({ shownChange: 0.1, direction: 'up', clearChange: false });
    // items 0..1 in points: 0.25 → 0.75 is 25.0 → 75.0, +50.0, clear
    expect(scoreChange(0.25, 0.75, 100)).toMatchObject({ shownChange: 50, clearChange: true });
    expect(scoreChange(10, null, 1)).toMatchObject({ shownChange: null, direction: 'none', clearChange: false });
  });

  it('names the threshold rule for answer files', () => {
    expect(comparison.changeRule).toBe('threshold');
    // lead 25 → 66.7 (+41.7) is clear; people 50 → 50 is not
    expect(comparison.sections.map((s) => s.clearChange)).toEqual([true, true, false]);
  });
});

describe('comparing two teams: a change is clear only when chance does not explain it', () => {
  const team = loadAssessment(join(repoRoot, 'reports', 'examples', 'team.json'), { cwd: repoRoot });
  const before = team.snapshot;
  // Relationships and retention: n 20, mean 59.738, SD 13.237 in the sample team (service-culture v2). The next round: n 26, SD 10.
  const later = (mean: number): Snapshot => ({
    ...before,
    sections: before.sections.map((s) => (s.id === 'relationships-and-retention' ? { ...s, score: mean, spread: { n: 26, sd: 10 } } : s)),
  });
  const relationships = (comparison: ReturnType<typeof compareSnapshots>) => comparison.sections.find((s) => s.id === 'relationships-and-retention');

  it('carries n and SD from team JSON and names the interval rule', () => {
    expect(before.sections.find((s) => s.id === 'relationships-and-retention')?.spread).toEqual({ n: 20, sd: expect.closeTo(13.237, 3) });
    expect(compareSnapshots(before, later(59.6)).changeRule).toBe('interval');
  });

  it('does not mark a shown 59.7 → 59.6 as a decline (the issue\'s 64.2 → 64.1, on the v2 sample)', () => {
    // a = 13.237²/20 = 8.760, b = 10²/26 = 3.846, √12.606 = 3.551; df = 12.606² / (8.760²/19 + 3.846²/25) = 158.92 / 4.6308 = 34.3 → 34, t = 2.032
    // −0.138 ± 2.032 × 3.551 = −0.138 ± 7.22: holds zero
    const change = relationships(compareSnapshots(before, later(59.6)));
    expect(change).toMatchObject({ shownChange: -0.1, direction: 'down', clearChange: false });
  });

  it('marks a fall the interval leaves out zero for', () => {
    // 59.738 → 51: −8.738 ± 7.22 = (−15.95, −1.52): a clear fall; shown 51.0 − 59.7 = −8.7
    expect(relationships(compareSnapshots(before, later(51)))).toMatchObject({ shownChange: -8.7, clearChange: true });
  });
});
