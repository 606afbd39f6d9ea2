import { describe, expect, it } from 'vitest';
import { assessmentCharts } from '../../../src/report/charts/assessment-charts.js';
import { renderBarChart } from '../../../src/report/charts/bars.js';
import { sectionBars, sectionNotes } from '../../../src/report/charts/from-scores.js';
import { PREVIOUS_STYLE } from '../../../src/report/charts/palette.js';
import { byClass, findAll, numberAttribute, parseXml } from '../../helpers/svg.js';
import { progressAssessment } from '../../helpers/progress.js';

// q1 sections score 25, 25, 50; q2 66.67, 100, 50.
const q1 = progressAssessment('q1.yaml');
const q2 = progressAssessment('q2.yaml');
const text = { title: 'Section scores', subtitle: 'Pulse check' };

describe('values and changes on charts with an earlier score or a target', () => {
  it('notes the earlier score, the shown change (shown after minus shown before) and the target', () => {
    // 66.7 − 25.0 = +41.7; 100.0 − 25.0 = +75.0; 50.0 − 50.0 = 0.0.
    expect(sectionNotes(q2.snapshot, { previous: q1.snapshot, target: q2.snapshot })).toEqual([
      'was 25.0 (+41.7) · target 66.7',
      'was 25.0 (+75.0) · target 100.0',
      'was 50.0 (0.0) · target 50.0',
    ]);
    expect(sectionNotes(q2.snapshot, {})).toEqual([null, null, null]);
  });

  const [radar, bars] = assessmentCharts(q2.questionnaire, q2.snapshot, { previous: q1.snapshot, target: q2.snapshot }).map((chart) => parseXml(chart.svg));

  it('prints the current value and the note by each radar axis, even with overlays', () => {
    const texts = findAll(radar!, (e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['66.7', '100.0', '50.0']));
    expect(findAll(radar!, byClass('note')).map((e) => e.text)).toEqual(['was 25.0 (+41.7) · target 66.7', 'was 25.0 (+75.0) · target 100.0', 'was 50.0 (0.0) · target 50.0']);
  });

  it('draws the radar scale over the outlines with a halo, so polygon lines never cross its figures', () => {
    const children = radar!.children.map((e) => e.attributes.class ?? e.name);
    expect(children.lastIndexOf('scale')).toBeGreaterThan(children.lastIndexOf('series'));
    const ticks = findAll(radar!, byClass('tick'));
    expect(ticks.map((e) => e.text)).toEqual(['25', '50', '75', '100']);
    for (const tick of ticks) expect(tick.attributes).toMatchObject({ stroke: '#ffffff', 'paint-order': 'stroke' });
  });

  it('writes the earlier score, change and target under each bar', () => {
    expect(findAll(bars!, byClass('note')).map((e) => e.text)).toEqual(['was 25.0 (+41.7) · target 66.7', 'was 25.0 (+75.0) · target 100.0', 'was 50.0 (0.0) · target 50.0']);
  });
});

describe('team bars show their spread', () => {
  const team = { ...q2.snapshot, sections: q2.snapshot.sections.map((s) => ({ ...s, spread: { n: 10, sd: 20 } })) };
  const chart = sectionBars(q2.questionnaire, team, [{ name: 'before', snapshot: q1.snapshot, style: PREVIOUS_STYLE }], text);
  const doc = parseXml(renderBarChart(chart));

  it('draws a whisker from mean − SD to mean + SD, clipped to the axis', () => {
    const grid = findAll(doc, byClass('gridline'));
    const x0 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '0'), 'x1');
    const x100 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '100'), 'x1');
    const at = (v: number) => x0 + ((x100 - x0) * Math.min(100, Math.max(0, v))) / 100;
    const whiskers = findAll(doc, byClass('whisker'));
    // 66.67 ± 20 = 46.67 to 86.67; 100 ± 20 = 80 to 120 (drawn to 100); 50 ± 20 = 30 to 70.
    [[46.67, 86.67], [80, 100], [30, 70]].forEach(([low, high], i) => {
      const line = findAll(whiskers[i]!, (e) => e.name === 'line')[1]!;
      expect(numberAttribute(line, 'x1')).toBeCloseTo(at(low!), 1);
      expect(numberAttribute(line, 'x2')).toBeCloseTo(at(high!), 1);
    });
  });

  it('says the SD and n in text and in the description', () => {
    expect(findAll(doc, byClass('note'))[0]?.text).toBe('SD 20.0, n 10');
    expect(chart.desc).toContain('Leadership 66.7 (Developing), SD 20.0, n 10');
    expect(chart.desc).toContain('Whiskers show each mean ± 1 SD.');
    expect(findAll(doc, byClass('legend'))[0]?.text).toContain('Mean ± 1 SD');
  });
});
