import { ownValue } from '../util/own.js';
import type { Question, Questionnaire } from './schema.js';

/** The labels a question offers, lowest first for scales; empty for yesno, rating and text. */
export function answerLabels(question: Question, questionnaire: Pick<Questionnaire, 'scales'>): string[] {
  switch (question.type) {
    case 'likert':
      return question.labels ?? ownValue(questionnaire.scales, question.scale ?? '') ?? [];
    case 'choice':
    case 'multi':
      return question.options.map((option) => option.label);
    default:
      return [];
  }
}

/** Iterates questions with their section, in questionnaire order. */
export function* eachQuestion(questionnaire: Questionnaire) {
  for (const section of questionnaire.sections) {
    for (const question of section.questions) yield { section, question };
  }
}

export function questionCount(questionnaire: Questionnaire): number {
  return questionnaire.sections.reduce((sum, section) => sum + section.questions.length, 0);
}

/** Question text by id, for reports that list items. */
export function questionTexts(questionnaire: Questionnaire): Map<string, string> {
  return new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question.text]));
}
