import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { markdownProblems } from '../../helpers/markdownlint.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// The tiny questionnaire plus a section of open questions only: nothing in it is scored, so it
// reaches no band of its own, and its advice follows the overall band.
const questionnaire = questionnaireSchema().parse({
  ...tinyQuestionnaire,
  sections: [
    ...tinyQuestionnaire.sections,
    {
      id: 's3',
      title: 'Open',
      recommendations: { Strong: ['Share the best answer'], Developing: ['Group the answers into themes'], 'At risk': ['Have the owner reply in writing'] },
      questions: [{ id: 'q6', text: 'What would you change?', type: 'text' }],
    },
  ],
});

// Best answers everywhere: q1 5/5 → 1, q2 reverse 1/5 → 1, q3 yes → 1, q4 10/10 → 1; overall 100, Strong.
const best: Response['answers'] = { q1: { kind: 'likert', position: 5 }, q2: { kind: 'likert', position: 1 }, q3: { kind: 'yesno', yes: true }, q4: { kind: 'rating', value: 10 }, q6: { kind: 'text', text: 'More staff' } };
// Worst answers everywhere: every item 0; overall 0, At risk.
const worst: Response['answers'] = { q1: { kind: 'likert', position: 1 }, q2: { kind: 'likert', position: 5 }, q3: { kind: 'yesno', yes: false }, q4: { kind: 'rating', value: 0 } };
const scored = (answers: Response['answers']) => scoreResponse(questionnaire, { questionnaireId: 'tiny', respondent: {}, answers, source: 'x' });

describe('recommendations of a section of open questions', () => {
  it('follow the overall band in an individual report', () => {
    const strong = renderIndividualReport(scored(best), questionnaire);
    expect(strong).toContain('## Open\n\nThese questions are not scored, so the next steps follow the overall result, Strong:\n\n- Share the best answer\n');
    const atRisk = renderIndividualReport(scored(worst), questionnaire);
    expect(atRisk).toContain('follow the overall result, At risk:\n\n- Have the owner reply in writing\n');
    expect(markdownProblems(strong)).toEqual([]);
  });

  it("follow the team's overall band in a team report", () => {
    // Team mean of the overall scores: (100 + 0) / 2 = 50, the lowest score of Developing.
    const markdown = renderTeamReport(aggregateScorecards(questionnaire, [scored(best), scored(worst)]), questionnaire);
    expect(markdown).toMatch(/\| \d+ \| Group the answers into themes \| Everyone \| Open \(not scored: the team's overall band, Developing\) \|\n/);
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('are left out when the overall band has none', () => {
    const without = questionnaireSchema().parse({ ...questionnaire, sections: questionnaire.sections.map((s) => (s.id === 's3' ? { ...s, recommendations: { Strong: ['Share the best answer'] } } : s)) });
    const markdown = renderIndividualReport(scoreResponse(without, { questionnaireId: 'tiny', respondent: {}, answers: worst, source: 'x' }), without);
    expect(markdown).not.toContain('## Open');
  });
});
