import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Response } from '../../../src/answers/schema.js';
import { isScored, type Questionnaire, type ScoredQuestion } from '../../../src/questionnaire/schema.js';
import { itemScorer } from '../../../src/scoring/question-score.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { aggregateScorecards } from '../../../src/scoring/team/team-aggregate.js';
import { weightedMean } from '../../../src/scoring/weighted-mean.js';
import { answerArb, questionnaireArb, responseArb, scoredCaseArb } from '../../helpers/arbitraries.js';

// Properties of the scoring engine over random valid questionnaires and responses
// (tests/helpers/arbitraries.ts). Floating-point sums in another order or scale differ in the
// last bits, so reordering and rescaling compare to 1e-9; everything else is exact.

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) return expect(a).toBe(b);
  return expect(Math.abs(a - b)).toBeLessThan(1e-9);
};

const hasScoredQuestion = (questionnaire: Questionnaire) => questionnaire.sections.some((s) => s.questions.some(isScored));

const sectionScores = (card: Scorecard) => new Map(card.sections.map((s) => [s.id, s.score]));

function withAnswer(response: Response, id: string, answer: Answer | undefined): Response {
  const answers = { ...response.answers };
  if (answer) answers[id] = answer;
  else delete answers[id];
  return { ...response, answers };
}

describe('scoring properties', () => {
  it('every score is within range: overall and sections 0..100, items 0..1, coverage 0..1', () => {
    fc.assert(
      fc.property(scoredCaseArb, ([questionnaire, response]) => {
        const card = scoreResponse(questionnaire, response);
        const inRange = (value: number | null, max: number) => value === null || (value >= 0 && value <= max);
        expect(inRange(card.overall.score, 100)).toBe(true);
        expect(inRange(card.overall.coverage, 1)).toBe(true);
        for (const section of card.sections) {
          expect(inRange(section.score, 100)).toBe(true);
          expect(inRange(section.coverage, 1)).toBe(true);
          for (const item of section.items) expect(inRange(item.score, 1)).toBe(true);
        }
      }),
    );
  });

  it('a weighted mean never leaves the range of its values (found by the property above)', () => {
    // 1.5696114536322163 × 100 / 1.5696114536322163 is 100.00000000000001 in floating point.
    expect(weightedMean([{ weight: 1.5696114536322163, value: 100 }])).toBe(100);
  });

  it('a reverse-keyed question scores 1 minus the same answer unreversed', () => {
    const questionArb = questionnaireArb.filter(hasScoredQuestion).chain((questionnaire) => {
      const scored = questionnaire.sections.flatMap((s) => s.questions).filter(isScored);
      return fc.constantFrom(...scored).chain((question) => fc.tuple(fc.constant(questionnaire), fc.constant(question), answerArb(question, questionnaire)));
    });
    fc.assert(
      fc.property(questionArb, ([questionnaire, question, answer]) => {
        const plain = itemScorer({ ...question, reverse: false }, questionnaire)(answer) as number;
        const reversed = itemScorer({ ...question, reverse: true }, questionnaire)(answer) as number;
        expect(plain).toBeGreaterThanOrEqual(0);
        expect(plain).toBeLessThanOrEqual(1);
        expect(reversed).toBe(1 - plain);
      }),
    );
  });

  it('the order of sections and of questions does not change any score', () => {
    const shuffled = scoredCaseArb.chain(([questionnaire, response]) => {
      const sections = questionnaire.sections.map((section) =>
        fc.shuffledSubarray(section.questions, { minLength: section.questions.length }).map((questions) => ({ ...section, questions })),
      );
      return fc
        .tuple(...sections)
        .chain((reordered) => fc.shuffledSubarray(reordered, { minLength: reordered.length }))
        .map((sectionsInNewOrder) => [questionnaire, response, { ...questionnaire, sections: sectionsInNewOrder }] as const);
    });
    fc.assert(
      fc.property(shuffled, ([questionnaire, response, reordered]) => {
        const before = scoreResponse(questionnaire, response);
        const after = scoreResponse(reordered, response);
        close(after.overall.score, before.overall.score);
        close(after.overall.coverage, before.overall.coverage);
        const scores = sectionScores(after);
        for (const [id, score] of sectionScores(before)) close(scores.get(id) ?? null, score);
      }),
    );
  });

  it('multiplying every weight by one constant does not change any score', () => {
    const scale = fc.double({ min: 0.01, max: 20, noNaN: true });
    fc.assert(
      fc.property(scoredCaseArb, scale, ([questionnaire, response], factor) => {
        const scaled: Questionnaire = {
          ...questionnaire,
          sections: questionnaire.sections.map((section) => ({
            ...section,
            weight: section.weight * factor,
            questions: section.questions.map((q) => (isScored(q) ? { ...q, weight: q.weight * factor } : q)),
          })),
        };
        const before = scoreResponse(questionnaire, response);
        const after = scoreResponse(scaled, response);
        close(after.overall.score, before.overall.score);
        close(after.overall.coverage, before.overall.coverage);
        after.sections.forEach((section, i) => close(section.score, before.sections[i]!.score));
      }),
    );
  });

  it('a better answer never lowers its section score, and never raises it on a reverse-keyed question', () => {
    const pairCase = scoredCaseArb.filter(([q]) => hasScoredQuestion(q)).chain(([questionnaire, response]) => {
      const scored = questionnaire.sections.flatMap((section) => section.questions.filter(isScored).map((question) => ({ section, question })));
      return fc
        .constantFrom(...scored)
        .chain(({ section, question }) =>
          betterAnswerPair(question, questionnaire).map(([worse, better]) => ({ questionnaire, response, sectionId: section.id, question, worse, better })),
        );
    });
    fc.assert(
      fc.property(pairCase, ({ questionnaire, response, sectionId, question, worse, better }) => {
        const score = (answer: Answer) => sectionScores(scoreResponse(questionnaire, withAnswer(response, question.id, answer))).get(sectionId) as number;
        // Exact: the section's other items and weights are the same numbers in the same order.
        if (question.reverse) expect(score(better)).toBeLessThanOrEqual(score(worse));
        else expect(score(better)).toBeGreaterThanOrEqual(score(worse));
      }),
    );
  });

  it('n/a in one section never changes another section', () => {
    const naCase = scoredCaseArb.filter(([q]) => q.sections.some((s) => s.questions.some((x) => isScored(x) && x.allowNA))).chain(([questionnaire, response]) => {
      const candidates = questionnaire.sections.flatMap((section) => section.questions.filter((q) => isScored(q) && q.allowNA).map((question) => ({ section, question })));
      return fc
        .constantFrom(...candidates)
        .chain(({ section, question }) => answerArb(question, questionnaire).map((answer) => ({ questionnaire, response, sectionId: section.id, question, answer })));
    });
    fc.assert(
      fc.property(naCase, ({ questionnaire, response, sectionId, question, answer }) => {
        const answered = sectionScores(scoreResponse(questionnaire, withAnswer(response, question.id, answer)));
        const na = sectionScores(scoreResponse(questionnaire, withAnswer(response, question.id, { kind: 'na' })));
        for (const [id, score] of answered) if (id !== sectionId) expect(na.get(id)).toBe(score);
      }),
    );
  });

  it('the team mean of identical responses is the individual score, with no spread', () => {
    fc.assert(
      fc.property(scoredCaseArb, fc.integer({ min: 1, max: 7 }), ([questionnaire, response], copies) => {
        const card = scoreResponse(questionnaire, response);
        const team = aggregateScorecards(questionnaire, Array.from({ length: copies }, () => card));
        expect(team.respondents).toBe(copies);
        const expectSame = (stats: { n: number; mean: number | null; median: number | null; sd: number | null }, score: number | null) => {
          close(stats.mean, score);
          close(stats.median, score);
          if (score !== null && copies > 1) close(stats.sd, 0);
        };
        expectSame(team.overall.stats, card.overall.score);
        team.sections.forEach((section, i) => expectSame(section.stats, card.sections[i]!.score));
        for (const item of team.items) {
          const own = card.sections.flatMap((s) => s.items).find((x) => x.id === item.id);
          // Item statistics are on the reports' 0..100 scale.
          expectSame(item.stats, own?.score === null || own === undefined ? null : own.score * 100);
        }
      }),
    );
  });

  it('a response scores the same however often it is scored (no hidden state)', () => {
    fc.assert(
      fc.property(
        questionnaireArb.chain((q) => fc.tuple(fc.constant(q), responseArb(q), responseArb(q))),
        ([questionnaire, first, second]) => {
          const once = scoreResponse(questionnaire, first);
          scoreResponse(questionnaire, second);
          expect(scoreResponse(questionnaire, first)).toEqual(once);
        },
      ),
    );
  });
});

/**
 * Two answers to one question, the second at least as good before reverse keying, ordered by
 * the question's own terms (position, option points, yes over no, value, a superset of
 * non-negative options) rather than by the scorer under test.
 */
function betterAnswerPair(question: ScoredQuestion, questionnaire: Questionnaire): fc.Arbitrary<[Answer, Answer]> {
  const pair = answerArb(question, questionnaire);
  return fc.tuple(pair, pair).map(([a, b]): [Answer, Answer] => {
    if (a.kind === 'likert' && b.kind === 'likert') return a.position <= b.position ? [a, b] : [b, a];
    if (a.kind === 'rating' && b.kind === 'rating') return a.value <= b.value ? [a, b] : [b, a];
    if (a.kind === 'nps' && b.kind === 'nps') return a.value <= b.value ? [a, b] : [b, a];
    if (a.kind === 'yesno' && b.kind === 'yesno') return [{ kind: 'yesno', yes: a.yes && b.yes }, { kind: 'yesno', yes: a.yes || b.yes }];
    if (a.kind === 'choice' && b.kind === 'choice' && question.type === 'choice') {
      const points = (answer: { index: number }) => question.options[answer.index]!.score;
      return points(a) <= points(b) ? [a, b] : [b, a];
    }
    if (a.kind === 'multi' && b.kind === 'multi' && question.type === 'multi') {
      const added = b.indices.filter((i) => question.options[i]!.score >= 0);
      const superset = [...new Set([...a.indices, ...added])].sort((x, y) => x - y);
      return [a, { kind: 'multi', indices: superset }];
    }
    return [a, b];
  });
}
