import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { groupHeatmapCharts } from '../../../src/report/charts/group-heatmap.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { findAll, parseXml } from '../../helpers/svg.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

/** A respondent of `role` answering q1 (likert, s1) at `position` and nothing else. */
const card = (role: string, position: number) =>
  scoreResponse(tinyQuestionnaire, { questionnaireId: 'tiny', respondent: { role }, answers: { q1: { kind: 'likert', position } } as Response['answers'], source: 'x' });

// q1 is section s1's only answer: position p scores (p − 1)/4 × 100. Managers 5, 5 → 100; staff 3, 2 → 50, 25.
// Team mean of s1 = (100 + 100 + 50 + 25) / 4 = 68.75 → 68.8 shown; staff mean 37.5, manager mean 100.
// Staff 37.5 − 68.8 = −31.3 and managers 100.0 − 68.8 = +31.2: both 10 or more from the team, so outlined.
const summary = aggregateScorecards(tinyQuestionnaire, [card('manager', 5), card('manager', 5), card('staff', 3), card('staff', 2)], { groupBy: 'role', minGroup: 2 });

describe('the heatmap of section means by group', () => {
  const [chart] = groupHeatmapCharts(summary, tinyQuestionnaire);
  const doc = parseXml(chart?.svg ?? '');

  it('is an image named and described with every figure, its band, and which cells stand out', () => {
    expect(chart?.suffix).toBe('groups');
    expect(doc.attributes.role).toBe('img');
    const desc = findAll(doc, (e) => e.name === 'desc')[0]?.text ?? '';
    expect(desc).toContain('One: Whole team 68.8 (Developing), manager (2) 100.0 (Strong), outlined, staff (2) 37.5 (At risk), outlined.');
  });

  it('prints every figure in its cell, bold where outlined, so colour is never the only signal', () => {
    const texts = findAll(doc, (e) => e.name === 'text').map((e) => [e.text, e.attributes['font-weight'] ?? ''] as const);
    expect(texts).toEqual(expect.arrayContaining([['68.8', ''], ['100.0', 'bold'], ['37.5', 'bold']]));
  });

  it('is not drawn without two groups to compare', () => {
    expect(groupHeatmapCharts(aggregateScorecards(tinyQuestionnaire, [card('manager', 5)]), tinyQuestionnaire)).toEqual([]);
  });
});
