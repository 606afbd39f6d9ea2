import type { Questionnaire } from '../questionnaire/schema.js';
import { escapeInline } from './markdown-escape.js';

/** The plain-language scoring note every report ends with (the README has the full formula). */
export function scoringNote(questionnaire: Pick<Questionnaire, 'sections'>): string[] {
  return [
    `Each answer becomes a score from 0 to 1: a scale answer by its position (the lowest option 0, the highest 1), a choice by its points relative to the lowest and highest option, yes 1 and no 0, a rating by where it sits in its range, and ${multiChoiceInWords(questionnaire)}. Reverse-keyed questions, where agreeing signals a weaker culture, count 1 minus that.`,
    '',
    'A section score is 100 times the weighted mean of its answered questions; the overall score is the weighted mean of the section scores. Unanswered and not-applicable questions leave the calculation and lower the coverage instead. Every figure is shown to one decimal, rounded to the nearest, and the band is read from the score as shown, so a score and its band always agree; a change is the shown after minus the shown before.',
  ];
}

/** Why the sections and questions weigh what they do, when the questionnaire says (`weighting`): beside the scoring note. */
export function weightingNote(questionnaire: Pick<Questionnaire, 'weighting'>): string[] {
  return questionnaire.weighting ? ['', `**Why the weights are what they are:** ${escapeInline(questionnaire.weighting)}`] : [];
}

/** How this questionnaire's multiple-choice questions score, in words: only the rules it uses are named. */
function multiChoiceInWords(questionnaire: Pick<Questionnaire, 'sections'>): string {
  const rules = new Set(questionnaire.sections.flatMap((section) => section.questions.flatMap((question) => (question.type === 'multi' ? [question.scoring] : []))));
  const parts = [
    ...(rules.has('sum') || rules.size === 0 ? ['a multiple choice by the points of the options picked over the points of all positive options'] : []),
    ...(rules.has('mean') ? [`${rules.has('sum') ? 'or, where it asks which reasons are true, ' : 'a multiple choice '}by the average points of the options picked over the best option's points, so ticking more does not score more`] : []),
  ];
  const scored = parts.length > 0 ? parts.join(', ') : 'a multiple choice';
  return rules.has('none') ? `${scored}; a multiple choice that only records who ticked what is not scored` : scored;
}
