import { definitionOf } from '../question-types/registry.js';
import type { Question, Questionnaire } from './schema.js';

/** The labels a question offers, lowest first for scales; empty where answers are typed (yesno, rating, text). */
export function answerLabels(question: Question, questionnaire: Pick<Questionnaire, 'scales'>): readonly string[] {
  return definitionOf(question).labels(question, questionnaire.scales);
}

/** What an answer file may say for this question, in words. */
export function allowedAnswers(question: Question, questionnaire: Pick<Questionnaire, 'scales'>): string {
  const definition = definitionOf(question);
  return definition.allowed(question, definition.labels(question, questionnaire.scales)) + (question.allowNA ? ' · n/a' : '');
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
