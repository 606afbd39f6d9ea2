import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/answers/parse-answer.js';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';

const questionnaire = questionnaireSchema().parse({
  id: 'm',
  version: 1,
  title: 'M',
  rubric: [{ min: 0, label: 'All' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        {
          id: 'ways',
          text: 'Ways',
          type: 'multi',
          options: [
            { label: 'Phone', score: 1 },
            { label: 'Longer, or it depends', score: 1 },
            { label: 'Email', score: 1 },
          ],
        },
      ],
    },
  ],
});
const question = questionnaire.sections[0]?.questions[0];

describe('multi answers from form exports', () => {
  it.each([
    ['Phone;Email', [0, 2]],
    ['Email, Phone', [0, 2]],
    ['Longer, or it depends, Email', [1, 2]],
    ['Longer, or it depends', [1]],
  ])('%s', (raw, indices) => {
    expect(question && parseAnswer(question, raw, questionnaire)).toEqual({ ok: true, answer: { kind: 'multi', indices } });
  });

  it('rejects a comma list with a piece that is no label', () => {
    expect(question && parseAnswer(question, 'Phone, Fax', questionnaire)).toMatchObject({ ok: false });
  });
});
