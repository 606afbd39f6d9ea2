import fc from 'fast-check';
import type { Answer, Response } from '../../src/answers/schema.js';
import { questionnaireSchema, type Question, type Questionnaire } from '../../src/questionnaire/schema.js';
import { checkQuestionnaireRules } from '../../src/questionnaire/rules.js';

// Random valid questionnaires and responses for property tests of the scoring engine.
// Generated raw, then parsed by the real schema (defaults filled in) and checked by the real
// rules, so every questionnaire here is one the loader would accept.

const weight = fc.double({ min: 0.05, max: 50, noNaN: true, noDefaultInfinity: true });

const rawQuestion = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom('likert-scale', 'likert-labels', 'choice', 'yesno', 'rating', 'multi', 'text', 'nps'),
      weight,
      reverse: fc.boolean(),
      allowNA: fc.boolean(),
      labelCount: fc.integer({ min: 2, max: 7 }),
      // Unique integer points, so choice options can always be told apart.
      points: fc.uniqueArray(fc.integer({ min: -5, max: 10 }), { minLength: 2, maxLength: 6 }),
      ratingMin: fc.integer({ min: -10, max: 10 }),
      ratingSpan: fc.integer({ min: 1, max: 20 }),
    })
    .map(({ kind, weight, reverse, allowNA, labelCount, points, ratingMin, ratingSpan }) => {
      const base = { id, text: `Question ${id}`, allowNA };
      const scored = { ...base, weight, reverse };
      const options = points.map((score, i) => ({ label: `${id} option ${i + 1}`, score }));
      switch (kind) {
        case 'likert-scale':
          return { ...scored, type: 'likert', scale: 'agreement' };
        case 'likert-labels':
          return { ...scored, type: 'likert', labels: Array.from({ length: labelCount }, (_, i) => `${id} level ${i + 1}`) };
        case 'choice':
          return { ...scored, type: 'choice', options };
        case 'multi':
          // At least one positive option, as the rules demand.
          return { ...scored, type: 'multi', options: [...options, { label: `${id} option +`, score: 1 }] };
        case 'rating':
          return { ...scored, type: 'rating', min: ratingMin, max: ratingMin + ratingSpan };
        case 'yesno':
          return { ...scored, type: 'yesno' };
        case 'nps':
          // Never reverse-keyed: the rules refuse it.
          return { ...scored, reverse: false, type: 'nps' };
        default:
          return { ...base, type: 'text' };
      }
    });

const rawSection = (s: number) =>
  fc.record({
    id: fc.constant(`s${s}`),
    title: fc.constant(`Section ${s}`),
    weight,
    questions: fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, q) => rawQuestion(`s${s}q${q}`)))),
  });

/** A valid questionnaire of 1..4 sections with 1..5 questions of every type, random weights and keying. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, s) => rawSection(s))))
  .map((sections) => {
    const raw = {
      id: 'generated',
      version: 1,
      title: 'Generated',
      scales: { agreement: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] },
      rubric: [
        { min: 0, label: 'Low' },
        { min: 50, label: 'Mid' },
        { min: 75, label: 'High' },
      ],
      sections,
    };
    const violations = checkQuestionnaireRules(raw);
    if (violations.length > 0) throw new Error(`generated an invalid questionnaire: ${JSON.stringify(violations)}`);
    return questionnaireSchema().parse(raw);
  });

/** A valid answer to `question` (never n/a), for the questionnaire's scales. */
export function answerArb(question: Question, questionnaire: Questionnaire): fc.Arbitrary<Answer> {
  switch (question.type) {
    case 'likert': {
      const k = question.labels?.length ?? questionnaire.scales?.[question.scale ?? '']?.length ?? 2;
      return fc.integer({ min: 1, max: k }).map((position) => ({ kind: 'likert', position }));
    }
    case 'choice':
      return fc.integer({ min: 0, max: question.options.length - 1 }).map((index) => ({ kind: 'choice', index }));
    case 'yesno':
      return fc.boolean().map((yes) => ({ kind: 'yesno', yes }));
    case 'rating':
      return fc.double({ min: question.min, max: question.max, noNaN: true }).map((value) => ({ kind: 'rating', value }));
    case 'multi':
      return fc
        .uniqueArray(fc.integer({ min: 0, max: question.options.length - 1 }), { maxLength: question.options.length })
        .map((indices) => ({ kind: 'multi', indices: [...indices].sort((a, b) => a - b) }));
    case 'text':
      return fc.string().map((text) => ({ kind: 'text', text }));
    case 'nps':
      return fc.integer({ min: 0, max: 10 }).map((value) => ({ kind: 'nps', value }));
  }
}

/** Each question answered, left out, or n/a where allowed. */
export function responseArb(questionnaire: Questionnaire): fc.Arbitrary<Response> {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const perQuestion = questions.map((question) =>
    fc.oneof(
      { weight: 6, arbitrary: answerArb(question, questionnaire) as fc.Arbitrary<Answer | undefined> },
      { weight: 1, arbitrary: fc.constant(undefined) },
      ...(question.allowNA ? [{ weight: 1, arbitrary: fc.constant<Answer | undefined>({ kind: 'na' }) }] : []),
    ),
  );
  return fc.tuple(...perQuestion).map((answers) => {
    const byId: Record<string, Answer> = {};
    answers.forEach((answer, i) => {
      if (answer) byId[questions[i]!.id] = answer;
    });
    return { questionnaireId: questionnaire.id, respondent: {}, answers: byId, source: 'generated.yaml' };
  });
}

/** A questionnaire with a response to it. */
export const scoredCaseArb = questionnaireArb.chain((questionnaire) => fc.tuple(fc.constant(questionnaire), responseArb(questionnaire)));
