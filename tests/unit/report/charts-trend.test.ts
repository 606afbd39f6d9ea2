import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/report/charts/trend-charts.js';
import { buildTrend } from '../../../src/scoring/trend.js';
import { byClass, findAll, numberAttribute, parseXml } from '../../helpers/svg.js';
import { progressAssessment } from '../../helpers/progress.js';

// Sections Leadership, Care, People: q1 25, 25, 50; q2 66.7, 100, 50; q3 as its file says.
const assessments = ['q1.yaml', 'q2.yaml', 'q3.yaml'].map(progressAssessment);
const trend = buildTrend(assessments.map((a) => ({ ...a.snapshot, date: a.snapshot.date! })));
const chart = trendChart(trend, assessments[2]!.questionnaire);
const doc = parseXml(chart.svg);

describe('one trend chart', () => {
  it('draws the overall score and every section as lines of one chart, overall on top and thickest', () => {
    const series = findAll(doc, byClass('series'));
    const names = series.map((s) => s.attributes['data-series']);
    expect([...names].reverse()).toEqual([trend.overall.title, ...trend.sections.map((s) => s.title)]);
    const width = (name: string) => numberAttribute(findAll(series.find((s) => s.attributes['data-series'] === name)!, (e) => e.name === 'path')[0], 'stroke-width');
    for (const section of trend.sections) expect(width(trend.overall.title)).toBeGreaterThan(width(section.title));
  });

  it('names each line at its end with its last score, the overall in bold, and never two labels on one line', () => {
    const labels = findAll(doc, byClass('end-label'));
    expect(labels.map((l) => l.text).sort()).toEqual(
      [trend.overall, ...trend.sections].map((s) => `${s.title} ${(Math.round(10 * s.scores[2]!) / 10).toFixed(1)}`).sort(),
    );
    expect(labels.find((l) => l.attributes['data-series'] === trend.overall.title)?.attributes['font-weight']).toBe('bold');
    const ys = labels.map((l) => numberAttribute(l, 'y')).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(13.9));
  });

  it('is an image described with every score at every date', () => {
    expect(doc.attributes.role).toBe('img');
    const desc = findAll(doc, (e) => e.name === 'desc')[0]?.text ?? '';
    const dates = trend.assessments.map((a) => a.date.slice(0, 10));
    expect(desc).toContain(`Care: ${dates[0]} 25.0, ${dates[1]} 100.0, ${dates[2]} 87.5.`);
  });
});
