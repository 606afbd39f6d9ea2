import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/answers/parse-answer.js';
import { adviceFor } from '../../../src/questionnaire/recommendations.js';
import { checkQuestionnaireRules } from '../../../src/questionnaire/rules.js';
import { isScored, questionnaireSchema, type Question, type ScoredQuestion } from '../../../src/questionnaire/schema.js';
import { itemScorer } from '../../../src/scoring/question-score.js';

// Multi questions: the three scoring rules, exclusive options, and (beside them, as the same
// format change) recommendations addressed to an audience.

const raw = {
  id: 'q',
  version: 1,
  title: 'Q',
  rubric: [{ min: 0, label: 'Low' }],
  audiences: { leaders: { title: 'Owner and managers', roles: ['owner', 'manager'] } },
  sections: [
    {
      id: 's',
      title: 'S',
      recommendations: { Low: ['Everyone does this.', { text: 'Leaders do this.', for: 'leaders' }] },
      questions: [
        {
          id: 'reasons',
          type: 'multi',
          scoring: 'mean',
          text: 'Why do customers come back?',
          options: [
            { label: 'How we treat them', score: 3 },
            { label: 'What we know', score: 3 },
            { label: 'Lowest price', score: 0 },
            { label: 'Not sure', score: 0, exclusive: true },
          ],
        },
        { id: 'ticks', type: 'multi', text: 'Which?', options: [{ label: 'A', score: 1 }, { label: 'B', score: 1 }, { label: 'C', score: 2 }] },
        { id: 'whom', type: 'multi', scoring: 'none', text: 'Whom do you serve?', options: [{ label: 'Customers', score: 0 }, { label: 'Colleagues', score: 0 }] },
      ],
    },
  ],
};
const questionnaire = questionnaireSchema().parse(raw);
const [reasons, ticks, whom] = questionnaire.sections[0]!.questions as [ScoredQuestion, ScoredQuestion, Question];

describe('multi questions', () => {
  it('score by the sum of ticks by default: Σ ticked / Σ positive', () => {
    // A + C = 1 + 2 = 3 of 1 + 1 + 2 = 4 → 0.75.
    expect(itemScorer(ticks!, questionnaire)({ kind: 'multi', indices: [0, 2] })).toBe(0.75);
  });

  it('score by the mean of ticks with scoring: mean, so ticking everything is no better than ticking right', () => {
    const score = itemScorer(reasons!, questionnaire);
    // Treat + know: (3 + 3) / 2 / 3 = 1.
    expect(score({ kind: 'multi', indices: [0, 1] })).toBe(1);
    // Treat + know + price: (3 + 3 + 0) / 3 / 3 = 2/3.
    expect(score({ kind: 'multi', indices: [0, 1, 2] })).toBeCloseTo(2 / 3, 12);
    // Nothing ticked: 0.
    expect(score({ kind: 'multi', indices: [] })).toBe(0);
  });

  it('are not scored with scoring: none, and need no positive option', () => {
    expect(isScored(whom!)).toBe(false);
    expect(isScored(reasons!)).toBe(true);
    expect(checkQuestionnaireRules(raw)).toEqual([]);
  });

  it('refuse an exclusive option ticked beside another, and take it alone', () => {
    const both = parseAnswer(reasons!, ['How we treat them', 'Not sure'], questionnaire);
    expect(both).toEqual({ ok: false, message: '"Not sure" cannot be ticked together with other options' });
    expect(parseAnswer(reasons!, 'Not sure', questionnaire)).toEqual({ ok: true, answer: { kind: 'multi', indices: [3] } });
  });
});

describe('recommendations for an audience', () => {
  it('read plain text as for everyone and keep a named audience', () => {
    expect(adviceFor(questionnaire.sections[0], 'Low')).toEqual([
      { text: 'Everyone does this.', audience: 'everyone' },
      { text: 'Leaders do this.', audience: 'leaders' },
    ]);
  });

  it('refuse an audience the questionnaire does not declare, with the closest one', () => {
    const wrong = structuredClone(raw);
    (wrong.sections[0]!.recommendations.Low[1] as { for: string }).for = 'leader';
    expect(checkQuestionnaireRules(wrong)).toEqual([
      { path: ['sections', 0, 'recommendations', 'Low', 1, 'for'], message: '"leader" is not an audience (did you mean "leaders"?); declare it under audiences, or use: everyone, leaders' },
    ]);
  });

  it('refuse an audience named everyone, which is built in', () => {
    const wrong = structuredClone(raw) as typeof raw & { audiences: Record<string, unknown> };
    wrong.audiences.everyone = { title: 'All', roles: ['x'] };
    expect(checkQuestionnaireRules(wrong).map((v) => v.message)).toEqual(['"everyone" is built in (every respondent); give this audience another id']);
  });
});
