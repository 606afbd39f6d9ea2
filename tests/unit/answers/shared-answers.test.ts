import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/answers/parse-answer.js';
import { parseAnswers } from '../../../src/answers/parse-answers.js';
import type { RawAnswer, Response } from '../../../src/answers/schema.js';
import { eachQuestion } from '../../../src/questionnaire/labels.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// parseAnswer reads each scalar once per question and shares the frozen result; scoreResponse
// describes each shared answer once. These check that sharing never changes a result.

const questions = [...eachQuestion(tinyQuestionnaire)].map(({ question }) => question);

/** Values a form export or answer file may hold for any question: labels in odd case and spacing, numbers, n/a, junk. */
const rawValue: fc.Arbitrary<RawAnswer> = fc.oneof(
  fc.constantFrom('Agree', ' strongly AGREE ', 'Neither', 'disagree', 'yes', 'No', 'n/a', 'Not applicable', '', '  ', 'Mostly', '7', '11', '3.5', 'x'),
  fc.integer({ min: -2, max: 12 }),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
);

/** A structurally equal questionnaire with new objects: nothing it parses has been seen before. */
const fresh = (): Questionnaire => structuredClone(tinyQuestionnaire);

describe('answers shared between responses', () => {
  it('parseAnswer gives a remembered value the same result as a first reading, frozen', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: questions.length - 1 }), rawValue), { maxLength: 60 }), (reads) => {
        for (const [index, raw] of reads) {
          const question = questions[index]!;
          const shared = parseAnswer(question, raw, tinyQuestionnaire);
          const firstReading = parseAnswer([...eachQuestion(fresh())][index]!.question, raw, fresh());
          expect(shared).toEqual(firstReading);
          if (typeof raw !== 'object' && question.type !== 'text') expect(Object.isFrozen(shared)).toBe(true);
        }
      }),
    );
  });

  it('a question with the same id in another questionnaire reads labels from that questionnaire', () => {
    const other = structuredClone(tinyQuestionnaire);
    other.scales = { agree: ['No', 'Somewhat', 'Yes'] };
    const question = tinyQuestionnaire.sections[0]!.questions[0]!;
    expect(parseAnswer(question, 'Agree', tinyQuestionnaire)).toEqual({ ok: true, answer: { kind: 'likert', position: 4 } });
    // Same question object, other scales: not the remembered reading.
    expect(parseAnswer(question, 'Agree', other)).toMatchObject({ ok: false });
    expect(parseAnswer(question, 'Yes', other)).toEqual({ ok: true, answer: { kind: 'likert', position: 3 } });
  });

  it('scorecards from shared answers equal scorecards from unshared copies of them', () => {
    const validValue = fc.constantFrom<RawAnswer>('Agree', 'strongly disagree', 'Neither', 'yes', 'no', 0, 7, '10', 'Saturdays', '', null);
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5'), validValue), { minLength: 1, maxLength: 8 }), (rows) => {
        for (const raw of rows) {
          const { answers, issues } = parseAnswers(tinyQuestionnaire, raw);
          if (issues.length > 0) continue;
          const response: Response = { questionnaireId: 'tiny', respondent: {}, answers, source: 'test' };
          const unshared: Response = { ...response, answers: structuredClone({ ...answers }) };
          expect(scoreResponse(tinyQuestionnaire, response)).toEqual(scoreResponse(tinyQuestionnaire, unshared));
        }
      }),
    );
  });

  it('an item scored once for a shared answer is the same object in every scorecard, and frozen', () => {
    const response = (): Response => ({ questionnaireId: 'tiny', respondent: {}, answers: parseAnswers(tinyQuestionnaire, { q1: 'Agree' }).answers, source: 'x' });
    const first = scoreResponse(tinyQuestionnaire, response()).sections[0]!.items[0]!;
    const second = scoreResponse(tinyQuestionnaire, response()).sections[0]!.items[0]!;
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toMatchObject({ id: 'q1', status: 'answered', score: 0.75, answer: 'Agree' }); // (4 − 1)/(5 − 1)
  });

  it('one frozen answer object given for two questions is scored for each of them', () => {
    const agree = Object.freeze({ kind: 'likert', position: 4 } as const);
    const card = scoreResponse(tinyQuestionnaire, { questionnaireId: 'tiny', respondent: {}, answers: { q1: agree, q2: agree }, source: 'x' });
    // q1: (4 − 1)/(5 − 1) = 0.75; q2 is reverse-keyed: 1 − 0.75 = 0.25.
    expect(card.sections[0]!.items.slice(0, 2).map((item) => [item.id, item.score])).toEqual([
      ['q1', 0.75],
      ['q2', 0.25],
    ]);
  });
});
