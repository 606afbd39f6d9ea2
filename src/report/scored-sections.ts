import { isOpenQuestionsSection } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';

/**
 * Whether a section (by id) has a scored question: one of open questions only has no score on
 * either side, so a table of changes leaves it out rather than print a row of dashes.
 */
export function hasScoredQuestions(questionnaire: Questionnaire): (sectionId: string) => boolean {
  const scored = new Set(questionnaire.sections.filter((section) => !isOpenQuestionsSection(section)).map((section) => section.id));
  return (sectionId) => scored.has(sectionId);
}

/**
 * Whether a trend row is worth a line: its section has scored questions, or (a section of another
 * questionnaire in a trend across questionnaires) it has a score somewhere.
 */
export function hasScoresOverTime(questionnaire: Questionnaire): (series: { id: string; scores: readonly (number | null)[] }) => boolean {
  const scored = hasScoredQuestions(questionnaire);
  return (series) => scored(series.id) || series.scores.some((score) => score !== null);
}
