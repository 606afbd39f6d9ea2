import type { Answer, Response } from '../../src/answers/schema.js';
import { questionnaireSchema, type Questionnaire } from '../../src/questionnaire/schema.js';

/**
 * A questionnaire with `text` in every field a person writes (titles, descriptions, questions,
 * help, scale and option labels, bands, summaries, recommendations, a red-flag message), in raw
 * form, ready to parse or to write out as YAML.
 */
export function rawQuestionnaireWith(text: string) {
  const label = (suffix: string) => `${text} ${suffix}`;
  return {
    id: 'hostile',
    version: 1,
    title: text,
    description: text,
    audience: text,
    scales: { agreement: [label('1'), label('2'), label('3'), label('4')] },
    rubric: [
      { min: 0, label: label('Low'), summary: text },
      { min: 50, label: label('High'), summary: text },
    ],
    sections: [
      {
        id: 'a',
        title: text,
        description: text,
        rubric: [
          { min: 0, label: label('Own low'), summary: text },
          { min: 50, label: label('Own high'), summary: text },
        ],
        recommendations: { [label('Own low')]: [text, text], [label('Own high')]: [text] },
        questions: [
          { id: 'a1', text, help: text, type: 'likert', scale: 'agreement', critical: { atOrBelow: 0.4, message: text } },
          { id: 'a2', text, type: 'choice', options: [{ label: label('x'), score: 0 }, { label: label('y'), score: 1 }] },
          { id: 'a3', text, type: 'multi', options: [{ label: label('m'), score: 1 }, { label: label('n'), score: 1 }] },
          { id: 'a4', text, type: 'text' },
        ],
      },
      {
        id: 'b',
        title: text,
        recommendations: { [label('High')]: [text] },
        questions: [
          { id: 'b1', text, type: 'likert', labels: [label('no'), label('yes')] },
          { id: 'b2', text, type: 'yesno' },
          { id: 'b3', text, type: 'rating', min: 0, max: 10 },
        ],
      },
    ],
  };
}

export function questionnaireWith(text: string): Questionnaire {
  return questionnaireSchema().parse(rawQuestionnaireWith(text));
}

/** Answers that reach every part of a report: a red flag, both band ends, strengths, priorities, a comment. */
export const HOSTILE_ANSWERS: Record<string, Answer> = {
  a1: { kind: 'likert', position: 1 },
  a2: { kind: 'choice', index: 1 },
  a3: { kind: 'multi', indices: [0] },
  b1: { kind: 'likert', position: 2 },
  b2: { kind: 'yesno', yes: true },
  b3: { kind: 'rating', value: 9 },
};

/** The same answers as an answer file would hold them, labels by text. */
export function rawAnswersWith(text: string) {
  return { a1: 1, a2: `${text} y`, a3: [`${text} m`], a4: text, b1: `${text} yes`, b2: 'yes', b3: 9 };
}

export function responseWith(text: string): Response {
  return {
    questionnaireId: 'hostile',
    respondent: { id: text, name: text, role: text, team: text, site: text },
    completed: '2026-11-20',
    answers: { ...HOSTILE_ANSWERS, a4: { kind: 'text', text } },
    source: 'hostile.yaml',
  };
}
