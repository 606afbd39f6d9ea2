import { Chalk } from 'chalk';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionView } from '../../../src/interactive/question-view.js';
import { startSession } from '../../../src/interactive/session.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import { renderResultsScreen } from '../../../src/report/terminal/results-screen.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { sanitizeForTerminal } from '../../../src/util/terminal-text.js';

// The interview speaks the respondent's language: no field names, no question ids, and nothing
// typed is echoed back able to move the cursor or reorder the text.

const fixtures = join(import.meta.dirname, '../../fixtures/interactive-run/questionnaires');
const ratings = loadQuestionnaireFile(join(fixtures, 'eight-ratings.yaml')).questionnaire;
const allTypes = loadQuestionnaireFile(join(fixtures, 'all-types.yaml')).questionnaire;
const firstView = (questionnaire: Questionnaire, index = 0) => questionView({ ...startSession(questionnaire), index }, questionnaire);

describe('typed answers: messages in the respondent\'s words', () => {
  it('says a rating has no "not applicable" answer without naming allowNA', () => {
    const view = firstView(ratings);
    for (const typed of ['n/a', 'NA', 'not applicable']) {
      expect(view.check(typed)).toBe('This question has no "not applicable" answer; give a number from 0 to 10');
    }
  });

  it('says so for free text too, offering to skip an optional question', () => {
    const view = firstView(ratings, 8);
    expect(view.question.type).toBe('text');
    expect(view.check('n/a')).toBe('This question has no "not applicable" answer; type your answer, or leave it empty to skip');
  });

  it('never echoes a bidi override or control character typed into an answer', () => {
    const message = firstView(ratings).check('\u202E11\u200F\u0007');
    expect(message).toBe('Must be a number from 0 to 10 (got "11\\u0007")');
    expect(message).not.toMatch(/[\u202E\u200F\u0007]/);
  });

  it('strips the bidi marks too, not only overrides and isolates', () => {
    expect(sanitizeForTerminal('a\u200Eb\u200Fc\u061Cd\u2067e')).toBe('abcde');
  });
});

describe('results screen', () => {
  it('names a red flag\'s question by its words, shortened, not by its id', () => {
    const long = 'Customers who have been with us for many years get less attention than new ones do';
    const questionnaire: Questionnaire = {
      ...allTypes,
      sections: allTypes.sections.map((section) => ({
        ...section,
        questions: section.questions.map((question) => (question.id === 'agree' ? { ...question, id: 'long-standing-customers-get-less-attention', text: long } : question)),
      })),
    };
    const scorecard = scoreResponse(questionnaire, {
      questionnaireId: 'all-types',
      respondent: {},
      answers: { 'long-standing-customers-get-less-attention': { kind: 'likert', position: 1 } },
      source: 'test',
    });
    const screen = renderResultsScreen(scorecard, questionnaire, new Chalk({ level: 0 }), 80);
    expect(screen).toContain('[Customers who have been with us for man… → Strongly disagree]');
    expect(screen).not.toContain('long-standing-customers-get-less-attention');
  });
});
