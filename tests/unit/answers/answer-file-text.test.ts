import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerFileHead, renderAnswerFile } from '../../../src/answers/answer-file-text.js';
import { renderAnswerTemplate } from '../../../src/answers/template.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// One writer of answer files: `import` and `run` write a response through renderAnswerFile, and
// the blank `template` starts with the same head, so all three bind to the questionnaire alike.

describe('renderAnswerFile', () => {
  it('writes answers in questionnaire order, a skipped one as null, an unseen one not at all', () => {
    const text = renderAnswerFile(
      tinyQuestionnaire,
      {
        respondent: { id: 'r1' },
        started: '2026-11-20T10:00:00Z',
        answers: { q4: { kind: 'rating', value: 7 }, q1: null, q3: { kind: 'yesno', yes: false } },
      },
      'first line\nsecond line',
    );
    expect(text.split('\n').slice(0, 2)).toEqual(['# first line', '# second line']);
    const file = parse(text);
    expect(Object.keys(file)).toEqual(['questionnaire', 'version', 'questionnaireHash', 'respondent', 'started', 'answers']);
    expect(file.answers).toEqual({ q1: null, q3: 'no', q4: 7 });
    expect(Object.keys(file.answers)).toEqual(['q1', 'q3', 'q4']);
  });

  it('gives the template the same head as every written answer file', () => {
    const head = parse(renderAnswerTemplate(tinyQuestionnaire));
    expect({ questionnaire: head.questionnaire, version: head.version, questionnaireHash: head.questionnaireHash }).toEqual(answerFileHead(tinyQuestionnaire));
  });
});
