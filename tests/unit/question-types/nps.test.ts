import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/answers/parse-answer.js';
import { netPromoterScore } from '../../../src/question-types/nps.js';
import { checkQuestionnaireRules } from '../../../src/questionnaire/rules.js';
import { questionnaireSchema, type Question } from '../../../src/questionnaire/schema.js';
import { itemScorer } from '../../../src/scoring/question-score.js';

// The nps question type: reading, scoring, rules and the team's Net Promoter Score. The commands
// that use it, on tests/fixtures/nps, are in tests/cli/nps-cli.test.ts.

const questionnaire = questionnaireSchema().parse({
  id: 'q',
  version: 1,
  title: 'Q',
  rubric: [{ min: 0, label: 'Low' }],
  sections: [{ id: 's', title: 'S', questions: [{ id: 'enps', type: 'nps', text: 'How likely?' }] }],
});
const question = questionnaire.sections[0]!.questions[0] as Question & { type: 'nps' };

describe('the nps question type', () => {
  it.each([
    ['9', 9],
    [10, 10],
    ['0', 0],
    [' 7 ', 7],
  ])('reads %j as %i', (raw, value) => {
    expect(parseAnswer(question, raw, questionnaire)).toEqual({ ok: true, answer: { kind: 'nps', value } });
  });

  it.each([['11'], ['-1'], ['7.5'], ['seven'], [true]])('refuses %j with the range it takes', (raw) => {
    const parsed = parseAnswer(question, raw, questionnaire);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^must be a whole number from 0 to 10 \(got /);
  });

  it('scores v/10, and n/a (where allowed) not at all', () => {
    const score = itemScorer(question, questionnaire);
    // 7 of 0..10: 7/10 = 0.7; 0 → 0; 10 → 1.
    expect(score({ kind: 'nps', value: 7 })).toBe(0.7);
    expect(score({ kind: 'nps', value: 0 })).toBe(0);
    expect(score({ kind: 'nps', value: 10 })).toBe(1);
    expect(score({ kind: 'na' })).toBeUndefined();
  });

  it('cannot be reverse-keyed: the rules say so at the question', () => {
    const raw = { sections: [{ questions: [{ id: 'x', type: 'nps', text: 'X', reverse: true }] }], rubric: [{ min: 0, label: 'L' }] };
    expect(checkQuestionnaireRules(raw)).toEqual([
      { path: ['sections', 0, 'questions', 0, 'reverse'], message: 'an nps question cannot be reverse-keyed: 10 always means most likely to recommend' },
    ]);
  });

  it('works out the Net Promoter Score from counts of item scores', () => {
    // Scores on the 0..100 scale: 100 ×2, 90 ×2 (promoters 4), 80, 70 ×2 (passives 3), 60, 20 (detractors 2); n = 9.
    // NPS = 100 × (4 − 2) / 9 = 22.2…; shares 4/9, 3/9, 2/9.
    const counts = new Map([[100, 2], [90, 2], [80, 1], [70, 2], [60, 1], [20, 1]]);
    const result = netPromoterScore(counts, 9);
    expect(result.value).toBeCloseTo(200 / 9, 12);
    expect(result.shares).toEqual([4 / 9, 3 / 9, 2 / 9]);
  });

  it('counts scores that are 90 and 60 only in binary approximation on the right side', () => {
    // 100 × 9/10 and 100 × 6/10 are not exact in binary; they must still count as 9 and 6.
    const counts = new Map([[100 * (9 / 10), 1], [100 * (6 / 10), 1]]);
    expect(netPromoterScore(counts, 2).value).toBe(0);
  });
});
