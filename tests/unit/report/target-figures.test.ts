import { describe, expect, it } from 'vitest';
import { gapsLargestFirst, shownPercentToTarget } from '../../../src/report/target-figures.js';
import { measureTarget } from '../../../src/scoring/targets.js';
import { progressAssessment } from '../../helpers/progress.js';

const q2 = progressAssessment('q2.yaml').snapshot;
const target = progressAssessment('target.yaml').snapshot;

describe('target figures as reports print them', () => {
  // q2 against the target: lead 66.667 of 100, overall 70.833 of (2·100 + 100 + 75)/4 = 93.75
  const report = measureTarget(q2, target);
  const section = (id: string) => report.sections.find((s) => s.id === id)!;

  it('is shown from the shown figures, so a calculator agrees', () => {
    // shown 70.8 and 93.8 (93.75 rounds half up): 70.8 / 93.8 = 75.48% → 75% (the unrounded 75.56% would print 76%)
    expect(shownPercentToTarget(report.overall)).toBe('75%');
    expect(shownPercentToTarget(section('lead'))).toBe('67%'); // 66.7 / 100.0
  });

  it('lists gaps largest first, ties in questionnaire order', () => {
    // l1 75 → 100 gap 25.0, l2 50 → 100 gap 50.0, c1 n/a, c2 met, p1 50 → 75 gap 25.0
    expect(gapsLargestFirst(report.items).map(({ item, gap }) => [item.id, gap])).toEqual([
      ['l2', 50],
      ['l1', 25],
      ['p1', 25],
    ]);
  });
});
