import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';
import { isScored } from '../../../src/questionnaire/schema.js';
import { relativeSpread } from '../../../src/report/team/items.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { evenSpreadSd } from '../../../src/scoring/team/even-spread.js';
import { favourableCuts } from '../../../src/scoring/team/favourable.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const spreadQuestionnaire = questionnaireSchema().parse({
  id: 'spread',
  version: 1,
  title: 'Spread',
  scales: { four: ['a', 'b', 'c', 'd'] },
  rubric: [{ min: 0, label: 'Any' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'four', text: 'Four points', type: 'likert', scale: 'four' },
        { id: 'nps', text: 'Recommend?', type: 'nps' },
        { id: 'pick', text: 'Pick', type: 'choice', options: [{ label: 'w', score: 0 }, { label: 'x', score: 1 }, { label: 'y', score: 2 }, { label: 'z', score: 3 }] },
        { id: 'many', text: 'Rate', type: 'rating', min: 0, max: 1000 },
      ],
    },
  ],
});

const question = (questionnaire: typeof tinyQuestionnaire, id: string) => {
  const found = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id);
  if (!found || !isScored(found)) throw new Error(id);
  return found;
};

describe('spread compared across question types', () => {
  it('takes an even spread over every answer the question offers as its yardstick', () => {
    // yes/no: 0 and 1, SD 0.5. Five points 0, .25, .5, .75, 1: variance (.25+.0625)·2/5 = .125, SD .3536.
    expect(evenSpreadSd(question(tinyQuestionnaire, 'q3'), tinyQuestionnaire)).toBeCloseTo(0.5, 6);
    expect(evenSpreadSd(question(tinyQuestionnaire, 'q1'), tinyQuestionnaire)).toBeCloseTo(Math.sqrt(0.125), 6);
    // Four points 0, 1/3, 2/3, 1: variance (.25 + 1/36)·2/4 = .1389, SD .3727.
    expect(evenSpreadSd(question(spreadQuestionnaire, 'four'), spreadQuestionnaire)).toBeCloseTo(Math.sqrt(5 / 36), 6);
    // 0..10 in steps of 1: variance (k+1)/(12(k−1)) with k = 11 is .1, SD .3162; a choice 0..3 is the four-point case.
    expect(evenSpreadSd(question(spreadQuestionnaire, 'nps'), spreadQuestionnaire)).toBeCloseTo(Math.sqrt(0.1), 6);
    expect(evenSpreadSd(question(spreadQuestionnaire, 'pick'), spreadQuestionnaire)).toBeCloseTo(Math.sqrt(5 / 36), 6);
    // 1001 steps: continuous, 1/√12.
    expect(evenSpreadSd(question(spreadQuestionnaire, 'many'), spreadQuestionnaire)).toBeCloseTo(1 / Math.sqrt(12), 6);
  });

  it('cuts favourable and unfavourable by type: mirrored, except the detractors of nps', () => {
    expect(favourableCuts(question(tinyQuestionnaire, 'q1'), tinyQuestionnaire)).toEqual({ favourableFrom: 0.75, unfavourableTo: 0.25 });
    const four = favourableCuts(question(spreadQuestionnaire, 'four'), spreadQuestionnaire);
    expect(four.favourableFrom).toBeCloseTo(2 / 3, 9);
    expect(four.unfavourableTo).toBeCloseTo(1 / 3, 9);
    expect(favourableCuts(question(spreadQuestionnaire, 'nps'), spreadQuestionnaire)).toEqual({ favourableFrom: 0.9, unfavourableTo: 0.6 });
  });

  // Five respondents. q1 positions 1, 5, 3, 5, 1: scores 0, 1, .5, 1, 0, mean .5, sample variance 1/4, SD 50.0,
  // 50.0 / 35.36 = 1.41. q3 yes, no, yes, no, yes: 1, 0, 1, 0, 1, mean .6, variance (3·.16 + 2·.36)/4 = .3,
  // SD 54.8, 54.8 / 50 = 1.10. The raw SD puts the yes/no question first; the share of an even spread does not.
  const positions = [1, 5, 3, 5, 1];
  const cards = positions.map((position, i) =>
    scoreResponse(tinyQuestionnaire, {
      questionnaireId: 'tiny',
      respondent: {},
      answers: { q1: { kind: 'likert', position }, q2: { kind: 'likert', position: 3 }, q3: { kind: 'yesno', yes: i % 2 === 0 }, q4: { kind: 'rating', value: 5 } } as Response['answers'],
      source: 'x',
    }),
  );
  const summary = aggregateScorecards(tinyQuestionnaire, cards);
  const item = (id: string) => summary.items.find((x) => x.id === id)!;

  it('ranks where respondents disagree most by that share', () => {
    expect(item('q1').stats.sd).toBeCloseTo(50, 6);
    expect(item('q3').stats.sd).toBeCloseTo(Math.sqrt(0.3) * 100, 6);
    expect(relativeSpread(item('q1'))).toBeCloseTo(50 / (100 * Math.sqrt(0.125)), 6);
    expect(relativeSpread(item('q3'))).toBeCloseTo(Math.sqrt(0.3) / 0.5, 6);
    const markdown = renderTeamReport(summary, tinyQuestionnaire);
    const disagree = markdown.slice(markdown.indexOf('### Where respondents disagree most'), markdown.indexOf('### All items'));
    expect(disagree).toContain('1. *One:* Leaders set the example. SD 50.0, 1.41 × an even spread (35.4)');
    expect(disagree).toContain('2. *One:* Can staff refund? SD 54.8, 1.10 × an even spread (50.0)');
  });

  it('counts favourable, neutral and unfavourable answers', () => {
    // Positions 5, 5 favourable; 3 neutral; 1, 1 unfavourable.
    expect(item('q1').counts).toEqual({ favourable: 2, neutral: 1, unfavourable: 2 });
    expect(item('q1').unfavourable).toBeCloseTo(0.4, 9);
    // Yes three times, no twice: nothing neutral.
    expect(item('q3').counts).toEqual({ favourable: 3, neutral: 0, unfavourable: 2 });
    // Rating 5 of 0..10 is 50: neutral.
    expect(item('q4').counts).toEqual({ favourable: 0, neutral: 5, unfavourable: 0 });
  });

  it('says what favourable means for each question type the report has', () => {
    const markdown = renderTeamReport(summary, tinyQuestionnaire);
    expect(markdown).toContain('- agreement scales: favourable the top two points');
    expect(markdown).toContain('- yes/no: favourable the answer that scores 100');
    expect(markdown).toContain('- ratings: favourable 75 or more');
    expect(markdown).not.toContain('- 0–10 recommendation');
  });
});
