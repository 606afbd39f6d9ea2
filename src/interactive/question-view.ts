import { answerToRaw, parseAnswer } from '../answers/parse-answer.js';
import { answerLabels } from '../questionnaire/labels.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import type { QuestionResult, QuestionView } from './prompter.js';
import { canGoBack, currentItem, seenCount, unansweredItems, type Recorded, type SessionState } from './session.js';

/** What the prompter shows for the current question. Pure. */
export function questionView(state: SessionState, questionnaire: Questionnaire): QuestionView {
  const item = currentItem(state);
  if (!item) throw new Error('the session is at the review, not at a question');
  const { question, section, sectionIndex } = item;
  const previous = state.items[state.index - 1];
  const sectionStarts = !previous || previous.sectionIndex !== sectionIndex;
  const recorded = ownValue(state.answers, question.id);
  return {
    question,
    number: item.number,
    labels: answerLabels(question, questionnaire),
    progress: {
      questionnaireTitle: questionnaire.title,
      questionNumber: state.index + 1,
      questionCount: state.items.length,
      sectionNumber: sectionIndex + 1,
      sectionCount: questionnaire.sections.length,
      sectionTitle: section.title,
      sectionIntro: sectionStarts ? section.description : undefined,
      seen: seenCount(state),
      answered: state.items.length - unansweredItems(state).length,
    },
    current: Object.hasOwn(state.answers, question.id) ? preselection(question, recorded ?? null, questionnaire) : undefined,
    back: canGoBack(state) ? (state.revising ? 'review' : 'previous question') : undefined,
    canSkip: !question.required,
    canNA: question.allowNA,
    check: (text) => checkTyped(question, text, questionnaire),
  };
}

function preselection(question: Question, recorded: Recorded, questionnaire: Questionnaire): QuestionView['current'] {
  if (recorded === null) return { kind: 'skip' };
  if (recorded.kind === 'na') return { kind: 'na' };
  return { kind: 'answer', raw: answerToRaw(question, recorded, questionnaire) };
}

/**
 * The same rules as an answer file, so a typed answer is accepted exactly when a file value would
 * be; the message is the interview's own, in the respondent's words rather than the file's fields,
 * and never echoes a control or bidi character the respondent typed.
 */
function checkTyped(question: Question, text: string, questionnaire: Questionnaire): string | undefined {
  const parsed = parseAnswer(question, text, questionnaire);
  if (!parsed.ok) return clean(capitalize(interviewMessage(question, text, questionnaire) ?? parsed.message));
  if (parsed.answer === undefined && question.required) return 'This question needs an answer.';
  return undefined;
}

/** The interview's words where the file's message names a field; undefined where it says it well. */
function interviewMessage(question: Question, text: string, questionnaire: Questionnaire): string | undefined {
  const wanted = numberRange(question);
  // Read as n/a by a question that allows it: the same words parseAnswer takes for "not applicable".
  const meansNA = !question.allowNA && parseAnswer({ ...question, allowNA: true }, text, questionnaire);
  if (meansNA && meansNA.ok && meansNA.answer?.kind === 'na') {
    const instead = wanted ? `give ${wanted}` : question.required ? 'type your answer in your own words' : 'type your answer, or leave it empty to skip';
    return `this question has no "not applicable" answer; ${instead}`;
  }
  return undefined;
}

/** "a number from 0 to 10", for the question types answered with a number. */
function numberRange(question: Question): string | undefined {
  if (question.type === 'rating') return `a number from ${question.min} to ${question.max}`;
  if (question.type === 'nps') return 'a whole number from 0 to 10';
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The result as the session records it; null for a skip. Throws when the prompter broke its contract. */
export function resultToRecorded(question: Question, result: Exclude<QuestionResult, { kind: 'back' }>, questionnaire: Questionnaire): Recorded {
  if (result.kind === 'skip') return null;
  const parsed = parseAnswer(question, result.kind === 'na' ? 'n/a' : result.raw, questionnaire);
  if (!parsed.ok) throw new Error(`prompt returned an invalid answer for "${question.id}": ${parsed.message}`);
  return parsed.answer ?? null;
}
