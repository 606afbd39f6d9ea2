import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/report/charts/bars.js';
import { sectionBars, sectionRadar } from '../../../src/report/charts/from-scores.js';
import { renderLineChart } from '../../../src/report/charts/line.js';
import { seriesStyle, PREVIOUS_STYLE } from '../../../src/report/charts/palette.js';
import { renderRadarChart } from '../../../src/report/charts/radar.js';
import { escapeXml, num } from '../../../src/report/charts/svg.js';
import { fitLines } from '../../../src/report/charts/text-fit.js';
import { byClass, findAll, numberAttribute, parseXml } from '../../helpers/svg.js';
import { progressAssessment } from '../../helpers/progress.js';

const q1 = progressAssessment('q1.yaml');
const q2 = progressAssessment('q2.yaml');
const text = { title: 'Section scores', subtitle: 'Pulse check' };

describe('radar chart', () => {
  const svg = renderRadarChart(sectionRadar([{ name: 'Q2', snapshot: q2.snapshot, style: seriesStyle(0) }], text));
  const doc = parseXml(svg);

  it('puts each point at its section score along its axis', () => {
    // Axis i runs from the centre to the 100 ring; a score s sits s/100 of the way out.
    const axes = findAll(doc, byClass('axis'));
    const dots = findAll(doc, byClass('point'));
    const scores = q2.scorecard.sections.map((s) => s.score ?? 0); // 66.67, 100, 50
    expect(axes).toHaveLength(3);
    expect(dots).toHaveLength(3);
    scores.forEach((score, i) => {
      const axis = axes[i];
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) => numberAttribute(axis, name)) as [number, number, number, number];
      expect(numberAttribute(dots[i], 'cx')).toBeCloseTo(x1 + ((x2 - x1) * score) / 100, 1);
      expect(numberAttribute(dots[i], 'cy')).toBeCloseTo(y1 + ((y2 - y1) * score) / 100, 1);
      // Axis i points 360°·i/3 clockwise from straight up.
      const angle = Math.atan2(x2 - x1, y1 - y2);
      expect(Math.abs(Math.sin(angle - (2 * Math.PI * i) / 3))).toBeLessThan(0.001);
    });
  });

  it('names and describes itself with the numbers', () => {
    expect(doc.attributes.role).toBe('img');
    const desc = findAll(doc, (e) => e.name === 'desc')[0]?.text ?? '';
    expect(desc).toContain('Leadership 66.7, Care 100.0, People 50.0');
  });

  it('overlays one outline per series and breaks an outline where a score is missing', () => {
    const overlay = parseXml(renderRadarChart(sectionRadar([
      { name: 'before', snapshot: q1.snapshot, style: PREVIOUS_STYLE },
      { name: 'after', snapshot: { ...q2.snapshot, sections: q2.snapshot.sections.map((s) => (s.id === 'care' ? { ...s, score: null } : s)) }, style: seriesStyle(0) },
    ], text)));
    const series = findAll(overlay, byClass('series'));
    expect(series.map((s) => s.attributes['data-series'])).toEqual(['before', 'after']);
    expect(findAll(series[1]!, byClass('point'))).toHaveLength(2);
    expect(findAll(series[1]!, (e) => e.name === 'path')[0]?.attributes.d).toMatch(/^M[^M]*M/);
  });

  it('is deterministic', () => {
    expect(renderRadarChart(sectionRadar([{ name: 'Q2', snapshot: q2.snapshot, style: seriesStyle(0) }], text))).toBe(svg);
  });
});

describe('bar chart', () => {
  const chart = sectionBars(q2.questionnaire, q2.snapshot, [{ name: 'before', snapshot: q1.snapshot, style: PREVIOUS_STYLE }], text);
  const doc = parseXml(renderBarChart(chart));

  it('draws bars as long as the scores say, with markers at the earlier scores', () => {
    const grid = findAll(doc, byClass('gridline'));
    const x0 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '0'), 'x1');
    const x100 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '100'), 'x1');
    const bars = findAll(doc, byClass('bar'));
    const markers = findAll(doc, byClass('marker'));
    [200 / 3, 100, 50].forEach((score, i) => {
      expect(numberAttribute(bars[i], 'x')).toBeCloseTo(x0, 2);
      expect(numberAttribute(bars[i], 'width')).toBeCloseTo(((x100 - x0) * score) / 100, 1);
    });
    [25, 25, 50].forEach((score, i) => expect(numberAttribute(markers[i], 'x1')).toBeCloseTo(x0 + ((x100 - x0) * score) / 100, 1));
  });

  it('colours bars by band and names the band in text', () => {
    const fills = findAll(doc, byClass('bar')).map((bar) => bar.attributes.fill);
    // Developing (middle band), Strong (best), Developing
    expect(fills[0]).toBe(fills[2]);
    expect(fills[0]).not.toBe(fills[1]);
    expect(doc.text).toContain('66.7 Developing');
    expect(doc.text).toContain('100.0 Strong');
    expect(chart.desc).toContain('Markers show before: Leadership 25.0; Care 25.0; People 50.0.');
  });
});

describe('line chart', () => {
  const doc = parseXml(renderLineChart({ title: 'Care', desc: 'Care over time', xLabels: ['2026-02-01', '2026-05-01', '2026-08-01'], series: [{ name: 'Care', values: [25, null, 87.5], style: seriesStyle(0) }] }));

  it('puts points at their scores, evenly spaced, with a gap for a missing score', () => {
    const grid = findAll(doc, byClass('gridline'));
    const y0 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '0'), 'y1');
    const y100 = numberAttribute(grid.find((g) => g.attributes['data-value'] === '100'), 'y1');
    const dots = findAll(doc, byClass('point'));
    expect(dots.map((d) => d.attributes['data-index'])).toEqual(['0', '2']);
    expect(numberAttribute(dots[0], 'cy')).toBeCloseTo(y0 - ((y0 - y100) * 25) / 100, 1);
    expect(numberAttribute(dots[1], 'cy')).toBeCloseTo(y0 - ((y0 - y100) * 87.5) / 100, 1);
    expect(findAll(doc, (e) => e.name === 'path')[0]?.attributes.d).toMatch(/^M\S+ M\S+$/);
  });
});

describe('svg text', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<b>"Tom" & \'Jerry\'\u0001</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;');
    const hostile = { ...q2.snapshot, sections: q2.snapshot.sections.map((s) => ({ ...s, title: `${s.title} </text><script>x</script> \u0007 & more` })) };
    expect(() => parseXml(renderRadarChart(sectionRadar([{ name: ']]> "x"', snapshot: hostile, style: seriesStyle(0) }], text)))).not.toThrow();
  });

  it('formats numbers with at most two decimals', () => {
    expect([num(1 / 3), num(-0.001), num(12.5), num(100)]).toEqual(['0.33', '0', '12.5', '100']);
  });

  it('wraps long labels and marks them cut with an ellipsis', () => {
    const fitted = fitLines('Leadership and priorities that put the customer first every single day', 150, 12, 2);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.cut).toBe(true);
    expect(fitted.lines[1]?.endsWith('…')).toBe(true);
    expect(fitLines('Care', 150, 12, 2)).toEqual({ lines: ['Care'], cut: false });
  });
});

describe('radar chart, any 3 to 10 sections', () => {
  it('parses as XML and puts every point on its axis at its score', async () => {
    const fc = await import('fast-check');
    const base = q2.snapshot;
    const section = fc.record({ title: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(section, { minLength: 3, maxLength: 10 }), (sections) => {
        const snapshot = { ...base, sections: sections.map((s, i) => ({ id: `s${i}`, title: s.title, weight: 1, score: s.score, band: null, items: [{ id: `i${i}`, sectionId: `s${i}`, weight: 1, score: 0 }] })) };
        const doc = parseXml(renderRadarChart(sectionRadar([{ name: 'x', snapshot, style: seriesStyle(0) }], text)));
        const axes = findAll(doc, byClass('axis'));
        const dots = findAll(doc, byClass('point'));
        expect(axes).toHaveLength(sections.length);
        for (const dot of dots) {
          const i = Number(dot.attributes['data-axis']);
          const axis = axes[i];
          const score = sections[i]?.score ?? NaN;
          const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) => numberAttribute(axis, name)) as [number, number, number, number];
          expect(Math.abs(numberAttribute(dot, 'cx') - (x1 + ((x2 - x1) * score) / 100))).toBeLessThan(0.02);
          expect(Math.abs(numberAttribute(dot, 'cy') - (y1 + ((y2 - y1) * score) / 100))).toBeLessThan(0.02);
        }
        expect(dots).toHaveLength(sections.filter((s) => s.score !== null).length);
      }),
      { numRuns: 150 },
    );
  });
});
