import { describeAnswer } from '../answers/parse-answer.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import type { ReviewEntry, ReviewView } from './prompter.js';
import { missingRequired, unansweredItems, type SessionState } from './session.js';

/** Every answer by section, for the review before finishing; `focus` is the question just changed, if any. Pure. */
export function reviewView(state: SessionState, questionnaire: Questionnaire, focus?: number): ReviewView {
  const sections = questionnaire.sections.map((section) => ({ title: section.title, entries: [] as ReviewEntry[] }));
  state.items.forEach((item, index) => {
    const recorded = ownValue(state.answers, item.question.id);
    sections[item.sectionIndex]?.entries.push({
      index,
      number: item.number,
      text: item.question.text,
      answer: recorded ? describeAnswer(item.question, recorded, questionnaire) : undefined,
      required: item.question.required,
    });
  });
  return {
    questionnaireTitle: questionnaire.title,
    sections,
    answered: state.items.length - unansweredItems(state).length,
    count: state.items.length,
    missingRequired: missingRequired(state).length,
    ...(focus !== undefined && state.items[focus] ? { focus } : {}),
  };
}
