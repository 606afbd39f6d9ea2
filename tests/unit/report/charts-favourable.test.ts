import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { favourableCharts } from '../../../src/report/charts/favourable-chart.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { byClass, findAll, numberAttribute, parseXml } from '../../helpers/svg.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// Four respondents. q1 positions 5, 4, 3, 1: favourable 2 (50%), neutral 1 (25%), unfavourable 1 (25%).
// q3 yes, yes, yes, no: favourable 3 (75%), unfavourable 1 (25%).
const cards = [5, 4, 3, 1].map((position, i) =>
  scoreResponse(tinyQuestionnaire, {
    questionnaireId: 'tiny',
    respondent: {},
    answers: { q1: { kind: 'likert', position }, q3: { kind: 'yesno', yes: i < 3 } } as Response['answers'],
    source: 'x',
  }),
);
const summary = aggregateScorecards(tinyQuestionnaire, cards);
const charts = favourableCharts(summary, tinyQuestionnaire);
const chart = charts[0]!;
const doc = parseXml(chart.svg);

describe('favourable, neutral and unfavourable chart', () => {
  it('is one chart per section with scored questions, numbered in questionnaire order', () => {
    expect(charts.map((c) => c.suffix)).toEqual(['favourable-1', 'favourable-2']);
  });

  it('is an image named and described with every count and share', () => {
    expect(doc.attributes.role).toBe('img');
    const desc = findAll(doc, (e) => e.name === 'desc')[0]?.text ?? '';
    expect(findAll(doc, (e) => e.name === 'title')[0]?.text).toBe('One: favourable, neutral and unfavourable answers');
    expect(desc).toContain('Leaders set the example.: favourable 2 (50%), neutral 1 (25%), unfavourable 1 (25%) of 4.');
    expect(desc).toContain('Can staff refund?: favourable 3 (75%), neutral 0 (0%), unfavourable 1 (25%) of 4.');
    expect(findAll(parseXml(charts[1]!.svg), (e) => e.name === 'desc')[0]?.text).toContain('How easy are we? (0-10): no answers.');
  });

  it('draws segments as wide as their shares, each labelled in text, not colour alone', () => {
    const row = findAll(doc, byClass('row'))[0]!;
    const segments = findAll(row, byClass('segment'));
    expect(segments.map((s) => s.attributes['data-part'])).toEqual(['favourable', 'neutral', 'unfavourable']);
    const widths = segments.map((s) => numberAttribute(s, 'width'));
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 2);
    expect(widths[1]).toBeCloseTo(widths[2]!, 2);
    const texts = findAll(row, (e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['50%', '25%', 'F 2 · N 1 · U 1']));
    expect(findAll(doc, byClass('legend'))[0]?.text).toContain('F favourable');
  });

  it('is linked from the item section of the team report, not from the summary', () => {
    const markdown = renderTeamReport(summary, tinyQuestionnaire, { charts: [{ file: 'r-radar.svg', alt: 'Radar' }], itemCharts: [{ file: 'r-favourable.svg', alt: chart.alt }] });
    expect(markdown.indexOf('](r-favourable.svg)')).toBeGreaterThan(markdown.indexOf('### All items'));
    expect(markdown.indexOf('](r-favourable.svg)')).toBeLessThan(markdown.indexOf('| Question | Section | n |'));
    expect(markdown.indexOf('](r-radar.svg)')).toBeLessThan(markdown.indexOf('## Items'));
  });
});
