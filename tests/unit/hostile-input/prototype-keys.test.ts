import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAnswerFile } from '../../../src/answers/parse-answer-file.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { renderQuestionnaireOutline } from '../../../src/report/terminal/questionnaire-outline.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { ownValue } from '../../../src/util/own.js';
import { Chalk } from 'chalk';
import { renderAnswerFile as renderAnswerFileText } from '../../../src/answers/answer-file-text.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { answerFileFor } from '../../../src/interactive/answer-file.js';
import { currentItem, seenCount, startSession, unansweredItems } from '../../../src/interactive/session.js';
import { renderTeamReport } from '../../../src/report/team-markdown.js';
import { topRecommendations } from '../../../src/report/top-recommendations.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';

// Keys a user chooses (question ids, scale names, band labels, respondent attributes, answer
// keys) that name Object.prototype members must be ordinary keys: no lookup may reach the
// prototype and nothing may be polluted. __proto__ itself is refused by the parser
// (tests/unit/util/yaml-hostile.test.ts); the regression fixtures hold the crashes these caused.

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

describe('the other readers of answers and recommendations, with a question and a band named constructor', () => {
  const questionnaire = questionnaireNamed('constructor', false);
  const answered = parseAnswerFile('a.yaml', stringify({ questionnaire: 'proto', answers: { constructor: 'No', other: 'no' } }), () => questionnaire);
  const scorecard = scoreResponse(questionnaire, answered.response);

  it('the interactive run asks the question first and does not count it seen', () => {
    const session = startSession(questionnaire);
    expect(currentItem(session)?.question.id).toBe('constructor');
    expect(seenCount(session)).toBe(0);
    expect(unansweredItems(session).map((item) => item.question.id)).toEqual(['constructor', 'other']);
    expect(answerFileFor(session, questionnaire, { respondent: {}, started: '2026-11-20T10:00:00Z' }).answers).toEqual({});
  });

  it('the results screen, the team report and an imported answer file find no recommendation or answer on the prototype', () => {
    expect(scorecard.overall.band?.label).toBe('constructor');
    expect(topRecommendations(scorecard, questionnaire)).toEqual([]);
    expect(renderTeamReport(aggregateScorecards(questionnaire, [scorecard]), questionnaire)).not.toContain('## Recommendations');
    const unanswered = { ...answered.response, answers: { other: { kind: 'yesno', yes: false } as const } };
    expect(renderAnswerFileText(questionnaire, unanswered)).not.toContain('constructor:');
  });

  it('team --group-by constructor finds no attribute instead of crashing on Object.prototype.constructor.replace', () => {
    const team = aggregateScorecards(questionnaire, [scorecard, scorecard], { groupBy: 'constructor', minGroup: 1 });
    expect(team.grouping?.groups.map((group) => group.name)).toEqual(['(no constructor)']);
  });

  it('a CSV column headed constructor is ignored, not read as a respondent attribute or a mapped column', () => {
    const other = questionnaireNamed('valueOf');
    const mapping = { file: 'map.yaml', mapping: { columns: { Site: { attribute: 'site' } } }, locate: () => undefined };
    for (const loaded of [undefined, mapping]) {
      const resolved = resolveColumns('f.csv', ['other', 'constructor', 'Site'], other, loaded);
      expect(resolved.columns.map((column) => column.role)).toEqual([
        { kind: 'question', questionId: 'other' },
        { kind: 'ignored' },
        { kind: 'attribute', name: 'site' },
      ]);
    }
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
