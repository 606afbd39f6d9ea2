import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerToRaw } from '../../../src/answers/parse-answer.js';
import { answersReader } from '../../../src/answers/parse-answers.js';
import type { Question, Questionnaire } from '../../../src/questionnaire/schema.js';
import { commentsOf } from '../../../src/scoring/comments.js';
import { scoreAnswers, scoringPlan } from '../../../src/scoring/scoring-plan.js';
import { sheetReader } from '../../../src/scoring/sheet-reader.js';
import { answerArb, questionnaireArb } from '../../helpers/arbitraries.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

describe('sheetReader', () => {
  it('scores a row of cells by hand', () => {
    const read = sheetReader(scoringPlan(tinyQuestionnaire), ['q4', 'q5', 'q1', 'q2', 'q3']);
    const { sheet, comments, issues } = read(['7', ' Slow refunds ', 'Agree', 'Agree', 'no']);
    expect(issues).toEqual([]);
    // q1 likert 4 of 5: (4-1)/(5-1) = 0.75; q2 reversed: 1 - 0.75 = 0.25; q3 "no": 0; q4 rating 7 of 0..10: 0.7.
    expect(sheet.items).toEqual([0.75, 0.25, 0, 0.7]);
    // s1 = 100 · (0.75 + 0.25 + 0) / 3 = 33.33…; s2 = 100 · 0.7 = 70; overall = (33.33… + 70) / 2 = 51.66…
    expect(sheet.sections[0]).toBeCloseTo(33.333, 3);
    expect(sheet.sections[1]).toBeCloseTo(70, 10);
    expect(sheet.overall).toBeCloseTo(51.667, 3);
    expect(sheet.coverage).toEqual([1, 1]);
    // Kept as given, as an answer file's text answer is; the team report trims when it counts.
    expect(comments).toEqual([{ questionId: 'q5', sectionId: 's2', text: ' Slow refunds ' }]);
  });

  it('leaves what has no column or no answer without a score, and names what it cannot read', () => {
    const read = sheetReader(scoringPlan(tinyQuestionnaire), ['q1', 'q9', 'q4']);
    const { sheet, issues } = read(['', 'x', 'eleven']);
    expect(sheet.items.every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(sheet.overall)).toBe(true);
    expect(issues.map((issue) => [issue.questionId, issue.kind])).toEqual([
      ['q9', 'unknown-question'],
      ['q4', 'invalid'],
    ]);
  });

  it('reads every row as parseAnswers, scoreAnswers and commentsOf do', () => {
    fc.assert(
      fc.property(
        rowCaseArb,
        ([questionnaire, ids, rows]) => {
          const plan = scoringPlan(questionnaire);
          const bySheet = sheetReader(plan, ids);
          const byAnswers = answersReader(questionnaire, ids);
          for (const values of rows) {
            const expected = byAnswers(values);
            const actual = bySheet(values);
            expect(actual.issues).toEqual(expected.issues);
            // Every number the same to the last bit (toEqual counts NaN equal to NaN).
            expect(actual.sheet).toEqual(scoreAnswers(plan, expected.answers));
            expect(actual.comments).toEqual(commentsOf(plan, expected.answers));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A questionnaire with some questions required, columns for some of its ids (and maybe an unknown one), and rows of cells. */
const rowCaseArb = questionnaireArb
  .chain((generated) => fc.tuple(fc.constant(generated), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 })))
  .map(([generated, flags]) => withRequired(generated, flags))
  .chain((questionnaire) => {
    const questions = questionnaire.sections.flatMap((section) => section.questions);
    const ids = fc.shuffledSubarray([...questions.map((question) => question.id), 'unknown'], { minLength: 1 });
    return ids.chain((columns) =>
      fc.tuple(
        fc.constant(questionnaire),
        fc.constant(columns),
        fc.array(fc.tuple(...columns.map((id) => cellArb(questions.find((question) => question.id === id), questionnaire))), { minLength: 1, maxLength: 4 }),
      ),
    );
  });

function withRequired(questionnaire: Questionnaire, flags: readonly boolean[]): Questionnaire {
  let n = 0;
  return { ...questionnaire, sections: questionnaire.sections.map((section) => ({ ...section, questions: section.questions.map((question) => ({ ...question, required: flags[n++ % flags.length] === true })) })) };
}

/** A cell as a form export holds it: a valid answer as text (repeated often, as a team's are), blank, n/a, or anything. */
function cellArb(question: Question | undefined, questionnaire: Questionnaire): fc.Arbitrary<string> {
  const other = fc.oneof(fc.constantFrom('', 'n/a', 'N/A', 'yes', 'maybe', '3', '-0', ' 2 ', '1;2'), fc.string({ maxLength: 12 }));
  if (!question) return other;
  const valid = answerArb(question, questionnaire).map((answer) => {
    const raw = answerToRaw(question, answer, questionnaire);
    return Array.isArray(raw) ? raw.join('; ') : String(raw);
  });
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 2, arbitrary: other });
}
