import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/answers/schema.js';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// q2 "We cite policy to say no." is reverse-keyed: Strongly disagree (position 1) scores 1, the strength.
const answers: Response['answers'] = { q1: { kind: 'likert', position: 2 }, q2: { kind: 'likert', position: 1 }, q3: { kind: 'yesno', yes: true }, q4: { kind: 'rating', value: 3 } };
const report = renderIndividualReport(scoreResponse(tinyQuestionnaire, { questionnaireId: 'tiny', respondent: {}, answers, source: 'x' }), tinyQuestionnaire);

describe('an answer to a reverse-keyed statement, quoted with its score', () => {
  it('says the statement is reverse-keyed, so "Strongly disagree" as a strength reads right', () => {
    expect(report).toContain('We cite policy to say no. Answer: Strongly disagree (score 100.0; reverse-keyed: lower on the scale scores higher).');
  });

  it('leaves other answers as they are', () => {
    expect(report).toMatch(/Leaders set the example\. Answer: Disagree \(score 25\.0\)\./);
  });
});
