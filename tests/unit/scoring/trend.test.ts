import { describe, expect, it } from 'vitest';
import { buildTrend } from '../../../src/scoring/trend.js';
import { progressAssessment } from '../../helpers/progress.js';

const dated = (name: string) => {
  const { snapshot } = progressAssessment(name);
  return { ...snapshot, date: snapshot.date ?? '' };
};

describe('buildTrend', () => {
  // Given out of order; dates 2026-02-01, 2026-05-01, 2026-08-01.
  const trend = buildTrend([dated('q3.yaml'), dated('q1.yaml'), dated('q2.yaml')]);

  it('orders assessments by date', () => {
    expect(trend.assessments.map((a) => a.date)).toEqual(['2026-02-01', '2026-05-01', '2026-08-01']);
  });

  it('tabulates section and overall scores over time', () => {
    const scores = Object.fromEntries(trend.sections.map((s) => [s.id, s.scores.map((x) => (x === null ? null : Number(x.toFixed(3))))]));
    expect(scores).toEqual({ lead: [25, 66.667, 91.667], care: [25, 100, 87.5], people: [50, 50, 25] });
    // 31.25 → 70.833 → (183.333 + 87.5 + 25)/4 = 73.958; first to last +42.708
    expect(trend.overall.scores.map((x) => Number(x?.toFixed(3)))).toEqual([31.25, 70.833, 73.958]);
    expect(trend.overall.change.delta).toBeCloseTo(73.9583 - 31.25, 3);
    expect(trend.sections.find((s) => s.id === 'people')?.change.direction).toBe('down');
  });
});
