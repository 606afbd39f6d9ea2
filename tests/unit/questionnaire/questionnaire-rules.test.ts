import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkQuestionnaireRules } from '../../../src/questionnaire/rules.js';
import { formatDataPath } from '../../../src/util/data-path.js';

/** A valid questionnaire to break one thing at a time. */
function questionnaire(patch: (q: any) => void): unknown {
  const q = parse(`
id: t
version: 1
title: T
scales: { agree: [No, Maybe, Yes] }
rubric: [{ min: 50, label: Good }, { min: 0, label: Bad }]
sections:
  - id: s1
    title: S1
    recommendations: { Bad: [Fix it.] }
    questions:
      - { id: q1, text: Q1, type: likert, scale: agree }
      - { id: q2, text: Q2, type: choice, options: [{ label: A, score: 0 }, { label: B, score: 2 }] }
      - { id: q3, text: Q3, type: rating, min: 0, max: 10 }
      - { id: q4, text: Q4, type: multi, options: [{ label: A, score: 1 }, { label: B, score: 0 }] }
`);
  patch(q);
  return q;
}

const violations = (data: unknown) => checkQuestionnaireRules(data).map((v) => `${formatDataPath(v.path)}: ${v.message}`);

describe('questionnaire rules', () => {
  it('finds nothing wrong in a valid questionnaire', () => {
    expect(violations(questionnaire(() => {}))).toEqual([]);
  });

  it.each<[string, (q: any) => void, string]>([
    ['a duplicate section id', (q) => q.sections.push({ ...q.sections[0], questions: [] }), 'sections[1].id: duplicate section id "s1" (also sections[0])'],
    ['a question id repeated in another section', (q) => q.sections.push({ id: 's2', title: 'S2', questions: [{ id: 'q1', text: 'x', type: 'yesno' }] }), 'sections[1].questions[0].id: duplicate question id "q1" (also sections[0].questions[0])'],
    ['an unknown scale', (q) => (q.sections[0].questions[0].scale = 'agre'), 'sections[0].questions[0].scale: unknown scale "agre" (did you mean "agree"?); known scales: agree'],
    ['likert with neither scale nor labels', (q) => delete q.sections[0].questions[0].scale, 'sections[0].questions[0]: a likert question needs `scale` (a named scale) or `labels` (inline)'],
    ['likert with both scale and labels', (q) => (q.sections[0].questions[0].labels = ['a', 'b']), 'sections[0].questions[0].labels: give either `scale` or `labels`, not both'],
    ['choice options that all score the same', (q) => (q.sections[0].questions[1].options[1].score = 0), 'sections[0].questions[1].options: every option scores 0, so the question cannot tell answers apart; give the options different scores'],
    ['multi with no positive score', (q) => (q.sections[0].questions[3].options[0].score = 0), 'sections[0].questions[3].options: no option has a positive score, so the question can never score; give at least one option a score above 0'],
    ['a duplicate option label', (q) => (q.sections[0].questions[1].options[1].label = 'a'), 'sections[0].questions[1].options[1].label: duplicate label "a"; answers name labels, so each must be unique'],
    ['rating with min ≥ max', (q) => (q.sections[0].questions[2].min = 10), 'sections[0].questions[2].max: max (10) must be greater than min (10)'],
    ['bands with a gap at 0', (q) => (q.rubric[1].min = 10), 'rubric: bands leave a gap: scores from 0 to below 10 fall in no band; the lowest band needs min: 0'],
    ['bands that overlap', (q) => (q.rubric[0].min = 0), 'rubric[1].min: bands overlap: rubric[0] also starts at 0'],
    ['a section rubric with a gap', (q) => (q.sections[0].rubric = [{ min: 20, label: 'Bad' }]), 'sections[0].rubric: bands leave a gap: scores from 0 to below 20 fall in no band; the lowest band needs min: 0'],
    ['recommendations for an unknown band', (q) => (q.sections[0].recommendations.Good2 = ['x']), 'sections[0].recommendations.Good2: recommendations for band "Good2", which is not in the rubric (did you mean "Good"?); bands: Good, Bad'],
  ])('reports %s', (_name, patch, expected) => {
    expect(violations(questionnaire(patch))).toEqual([expected]);
  });

  it('checks recommendations against the section rubric when it has one', () => {
    const data = questionnaire((q) => (q.sections[0].rubric = [{ min: 0, label: 'Only' }]));
    expect(violations(data)).toEqual(['sections[0].recommendations.Bad: recommendations for band "Bad", which is not in the rubric; bands: Only']);
  });

  it('tolerates data of the wrong shape (the schema reports that)', () => {
    expect(violations({ sections: 'nope', rubric: 3, scales: [] })).toEqual([]);
    expect(violations(null)).toEqual([]);
  });
});
