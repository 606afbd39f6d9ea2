import { describe, expect, it } from 'vitest';
import type { Response } from '../../../../src/answers/schema.js';
import { questionnaireSchema } from '../../../../src/questionnaire/schema.js';
import { scoreResponse } from '../../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../../src/scoring/team/team-aggregate.js';
import { tinyQuestionnaire } from '../../../helpers/tiny-questionnaire.js';

const questionnaire = tinyQuestionnaire;

function respondent(role: string, answers: Response['answers']) {
  return scoreResponse(questionnaire, { questionnaireId: 'tiny', respondent: { role }, answers, source: role });
}

// Item scores (0..1 after reverse keying) and the section scores they give:
//   A manager     q1 5→1   q2 2→.75  q3 yes 1   s1 = 2.75/3 → 275/3   q4 8 → .8  s2 80   overall (275/3+80)/2 = 515/6
//   B manager     q1 4→.75 q2 1→1    q3 yes 1   s1 275/3              q4 6 → .6  s2 60   overall 455/6
//   C front-line  q1 2→.25 q2 4→.25  q3 no 0    s1 .5/3 → 50/3        q4 3 → .3  s2 30   overall 140/6
//   D front-line  q1 3→.5  q2 3→.5   q3 no 0    s1 1/3 → 100/3        q4 –       s2 –    overall 100/3 = 200/6
const A = () => respondent('manager', { q1: { kind: 'likert', position: 5 }, q2: { kind: 'likert', position: 2 }, q3: { kind: 'yesno', yes: true }, q4: { kind: 'rating', value: 8 }, q5: { kind: 'text', text: 'Faster refunds' } });
const B = () => respondent('manager', { q1: { kind: 'likert', position: 4 }, q2: { kind: 'likert', position: 1 }, q3: { kind: 'yesno', yes: true }, q4: { kind: 'rating', value: 6 } });
const C = () => respondent('Front-line', { q1: { kind: 'likert', position: 2 }, q2: { kind: 'likert', position: 4 }, q3: { kind: 'yesno', yes: false }, q4: { kind: 'rating', value: 3 }, q5: { kind: 'text', text: 'Answer the phone' } });
const D = () => respondent('front-line', { q1: { kind: 'likert', position: 3 }, q2: { kind: 'likert', position: 3 }, q3: { kind: 'yesno', yes: false } });

describe('aggregateScorecards reliability', () => {
  it('computes alpha over listwise-complete respondents, on reverse-keyed scores', () => {
    // The worked example of team-alpha.test.ts, with item 4 stored reverse-keyed (answered 6 − p, so
    // its score is the same) and an 11th respondent who skipped item 3 (left out: listwise).
    const scale = questionnaireSchema().parse({
      id: 'four',
      version: 1,
      title: 'Four',
      scales: { agree: ['1', '2', '3', '4', '5'] },
      rubric: [{ min: 0, label: 'All' }],
      sections: [{ id: 's', title: 'S', questions: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, type: 'likert', scale: 'agree', reverse: id === 'd' })) }],
    });
    const rows = [[4, 4, 5, 4], [2, 3, 2, 1], [3, 3, 4, 3], [5, 4, 5, 5], [1, 2, 1, 2], [4, 5, 4, 3], [3, 2, 3, 4], [2, 2, 1, 1], [5, 5, 4, 5], [3, 4, 3, 2]];
    const scorecards = rows.map(([a, b, c, d]) =>
      scoreResponse(scale, { questionnaireId: 'four', respondent: {}, source: '', answers: {
        a: { kind: 'likert', position: a ?? 0 }, b: { kind: 'likert', position: b ?? 0 }, c: { kind: 'likert', position: c ?? 0 }, d: { kind: 'likert', position: 6 - (d ?? 0) } } }),
    );
    scorecards.push(scoreResponse(scale, { questionnaireId: 'four', respondent: {}, source: '', answers: { a: { kind: 'likert', position: 1 }, b: { kind: 'likert', position: 5 }, d: { kind: 'likert', position: 1 } } }));
    const reliability = aggregateScorecards(scale, scorecards).sections[0]?.reliability;
    expect(reliability).toMatchObject({ items: 4, complete: 10, itemIds: ['a', 'b', 'c', 'd'] });
    expect(reliability?.result?.alpha).toBeCloseTo(770 / 831, 9);
    expect(reliability?.result?.items[1]?.alphaIfDropped).toBeCloseTo(699 / 742, 9);
    expect(reliability?.result?.items[3]?.itemRest).toBeCloseTo(Math.sqrt(507 / 824), 9);
  });
});

describe('aggregateScorecards', () => {
  const summary = aggregateScorecards(questionnaire, [A(), B(), C(), D()], { groupBy: 'role', minGroup: 2 });

  it('computes overall statistics on the 0..100 scale', () => {
    // overall 515/6, 455/6, 140/6, 200/6: mean 1310/24; median (200/6 + 455/6)/2 = 655/12.
    expect(summary.respondents).toBe(4);
    expect(summary.overall.stats.mean).toBeCloseTo(1310 / 24, 9);
    expect(summary.overall.stats.median).toBeCloseTo(655 / 12, 9);
    expect(summary.overall.stats.min).toBeCloseTo(140 / 6, 9);
    expect(summary.overall.band?.label).toBe('Developing');
    // Coverage: D answered nothing in s2, so 0.5; the others 1 → mean 3.5/4.
    expect(summary.overall.coverage).toBeCloseTo(0.875, 12);
  });

  it('computes per-section n, mean, median, sd and band counts', () => {
    const [s1, s2] = summary.sections;
    // s1: 275/3 275/3 50/3 100/3 → mean 700/12 = 175/3; median (100/3 + 275/3)/2 = 62.5;
    // deviations 100/3 100/3 −125/3 −75/3 → squares (10000+10000+15625+5625)/9 = 41250/9; sd = √(41250/9/3).
    expect(s1?.stats).toMatchObject({ n: 4 });
    expect(s1?.stats.mean).toBeCloseTo(175 / 3, 9);
    expect(s1?.stats.median).toBeCloseTo(62.5, 9);
    expect(s1?.stats.sd).toBeCloseTo(Math.sqrt(41250 / 27), 9);
    expect(s1?.bands.map((b) => [b.label, b.count])).toEqual([['Strong', 2], ['Developing', 0], ['At risk', 2]]);
    // s2: 80 60 30 → mean 170/3, median 60, deviations 70/3 10/3 −80/3 → 11400/9 / 2; D has no score there.
    expect(s2?.stats.n).toBe(3);
    expect(s2?.stats.mean).toBeCloseTo(170 / 3, 9);
    expect(s2?.stats.median).toBe(60);
    expect(s2?.stats.sd).toBeCloseTo(Math.sqrt(5700 / 9), 9);
    expect([s2?.stats.min, s2?.stats.max]).toEqual([30, 80]);
  });

  it('computes item statistics and % favourable after reverse keying', () => {
    const byId = new Map(summary.items.map((item) => [item.id, item]));
    // q2 reverse-keyed: 75 100 25 50 → mean 62.5, median 62.5; favourable (top two of five, ≥ .75): A and B.
    expect(byId.get('q2')?.stats).toMatchObject({ n: 4, mean: 62.5, median: 62.5, min: 25, max: 100 });
    expect(byId.get('q2')?.favourable).toBe(0.5);
    // q3 yes/no: 100 100 0 0 → sd √(4·2500/3).
    expect(byId.get('q3')?.stats.sd).toBeCloseTo(Math.sqrt(10000 / 3), 9);
    // q4 rating: 80 60 30 → only 8 out of 10 is ≥ .75.
    expect(byId.get('q4')?.favourable).toBeCloseTo(1 / 3, 12);
    expect(byId.has('q5')).toBe(false);
  });

  it('counts red flags by respondents and sorts comments by text', () => {
    expect(summary.redFlags).toEqual([{ questionId: 'q3', sectionId: 's1', message: 'No at q3', respondents: 2 }]);
    expect(summary.comments).toEqual([{ questionId: 'q5', sectionId: 's2', texts: [{ text: 'Answer the phone', count: 1 }, { text: 'Faster refunds', count: 1 }] }]);
  });

  it('reports alpha only with 3 items and 10 complete respondents', () => {
    expect(summary.sections[0]?.reliability).toMatchObject({ items: 3, complete: 4, result: null });
    expect(summary.sections[1]?.reliability).toMatchObject({ items: 1, result: null });
  });

  it('groups case-insensitively, hides small cells and finds the gap', () => {
    const grouping = summary.grouping;
    expect(grouping?.groups.map((g) => [g.name, g.n])).toEqual([['Front-line', 2], ['manager', 2]]);
    const [front, manager] = grouping?.groups ?? [];
    // s1: manager 275/3, front-line (50/3 + 100/3)/2 = 25 → gap 275/3 − 25 = 200/3.
    expect(manager?.sections[0]?.mean).toBeCloseTo(275 / 3, 9);
    expect(front?.sections[0]?.difference).toBeCloseTo(25 - 175 / 3, 9);
    // s2: only C of the front line answered, below the minimum of 2: hidden, so no gap there.
    expect(front?.sections[1]).toMatchObject({ n: 1, mean: null, difference: null });
    expect(grouping?.gaps).toHaveLength(1);
    expect(grouping?.gaps[0]).toMatchObject({ sectionId: 's1', high: { group: 'manager' }, low: { group: 'Front-line' } });
    expect(grouping?.gaps[0]?.gap).toBeCloseTo(200 / 3, 9);
  });

  it('merges small groups into "other", growing it until it reaches the minimum', () => {
    const owner = respondent('owner', { q1: { kind: 'likert', position: 5 } });
    const grouping = aggregateScorecards(questionnaire, [A(), B(), C(), D(), owner], { groupBy: 'role', minGroup: 2 }).grouping;
    // owner alone (1) is too small; "other" takes the smaller of the two pairs next (a tie, so by name: Front-line).
    expect(grouping?.groups.map((g) => [g.name, g.n, g.members])).toEqual([
      ['manager', 2, []],
      ['other', 3, ['Front-line', 'owner']],
    ]);
    const everyone = aggregateScorecards(questionnaire, [A(), B(), C(), D()], { groupBy: 'role', minGroup: 5 }).grouping;
    expect(everyone?.groups).toEqual([]);
    expect(everyone?.leftOut).toBe(4);
  });

  it('does not depend on the order of the scorecards', () => {
    const reversed = aggregateScorecards(questionnaire, [D(), C(), B(), A()], { groupBy: 'role', minGroup: 2 });
    expect(JSON.stringify(reversed, (_key, value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value))).toBe(
      JSON.stringify(summary, (_key, value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value)),
    );
  });
});
