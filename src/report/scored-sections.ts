import { isScored } from '../question-types/registry.js';
import type { Questionnaire } from '../questionnaire/schema.js';

/**
 * Whether a section (by id) has a scored question: one of open questions only has no score on
 * either side, so a table of changes leaves it out rather than print a row of dashes.
 */
export function hasScoredQuestions(questionnaire: Questionnaire): (sectionId: string) => boolean {
  const scored = new Set(questionnaire.sections.filter((section) => section.questions.some(isScored)).map((section) => section.id));
  return (sectionId) => scored.has(sectionId);
}
