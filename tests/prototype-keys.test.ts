import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAnswerFile } from '../src/answers/load.js';
import { parseQuestionnaire } from '../src/questionnaire/load.js';
import { renderIndividualReport } from '../src/report/individual-markdown.js';
import { renderQuestionnaireOutline } from '../src/report/terminal/questionnaire-outline.js';
import { scoreResponse } from '../src/scoring/score-response.js';
import { ownValue } from '../src/util/own.js';
import { Chalk } from 'chalk';

// Keys a user chooses (question ids, scale names, band labels, respondent attributes, answer
// keys) that name Object.prototype members must be ordinary keys: no lookup may reach the
// prototype and nothing may be polluted. __proto__ itself is refused by the parser
// (tests/yaml-hostile.test.ts); the regression fixtures hold the crashes these caused.

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

function questionnaireNamed(name: string, ownRecommendation = true) {
  const id = name.toLowerCase();
  return parseQuestionnaire(
    'q.yaml',
    stringify({
      id: 'proto',
      version: 1,
      title: 'Proto',
      scales: { [name]: ['No', 'Yes'] },
      rubric: [
        { min: 0, label: name },
        { min: 50, label: 'Good' },
      ],
      sections: [
        {
          id: 's',
          title: 'S',
          recommendations: { Good: ['Keep going.'], ...(ownRecommendation ? { [name]: ['Start here.'] } : {}) },
          questions: [
            { id, text: 'Named like a prototype member?', type: 'likert', scale: name, required: true },
            { id: 'other', text: 'Other?', type: 'yesno' },
          ],
        },
      ],
    }),
  );
}

describe.each(NAMES)('a user key named %s', (name) => {
  const questionnaire = questionnaireNamed(name);
  const id = name.toLowerCase();

  it('works as a scale name, band label and question id', () => {
    const loaded = parseAnswerFile('a.yaml', stringify({ questionnaire: 'proto', respondent: { [name]: 'x' }, answers: { [id]: 'No', other: 'no' } }), () => questionnaire);
    const scorecard = scoreResponse(questionnaire, loaded.response);
    expect(scorecard.overall.band?.label).toBe(name);
    expect(scorecard.sections[0]?.items.map((item) => [item.id, item.answer])).toEqual([[id, 'No'], ['other', 'no']]);
    expect(loaded.response.respondent[name]).toBe('x');
    const report = renderIndividualReport(scorecard, questionnaire);
    expect(report).toContain('- Start here.');
    expect(renderQuestionnaireOutline(questionnaire, new Chalk({ level: 0 }))).toContain('1 No · 2 Yes');
  });

  it('is unanswered when it is not in the answers, and a required one is reported', () => {
    expect(() => parseAnswerFile('a.yaml', stringify({ questionnaire: 'proto', answers: { other: 'no' } }), () => questionnaire)).toThrow(
      `a.yaml:2:1 answers: required question "${id}" is not answered`,
    );
    const response = { questionnaireId: 'proto', respondent: {}, answers: {}, source: 'a.yaml' };
    expect(scoreResponse(questionnaire, response).sections[0]?.items[0]).toMatchObject({ id, status: 'unanswered', score: null });
  });
});

describe.each(NAMES)('a band named %s without recommendations of its own', (name) => {
  it('shows none (a lookup that reached Object.prototype crashed the report for "constructor")', () => {
    const questionnaire = questionnaireNamed(name, false);
    const loaded = parseAnswerFile('a.yaml', stringify({ questionnaire: 'proto', answers: { [name.toLowerCase()]: 'No', other: 'no' } }), () => questionnaire);
    const report = renderIndividualReport(scoreResponse(questionnaire, loaded.response), questionnaire);
    expect(report).not.toContain('Recommended next steps');
  });
});

describe('ownValue', () => {
  it('finds own keys only', () => {
    const record: Record<string, number> = { own: 1 };
    expect(ownValue(record, 'own')).toBe(1);
    expect(ownValue(record, 'constructor')).toBeUndefined();
    expect(ownValue(record, '__proto__')).toBeUndefined();
    expect(ownValue(undefined, 'own')).toBeUndefined();
  });
});
