import { eachQuestion } from '../questionnaire/labels.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import { answerReader, type ParsedAnswer } from './parse-answer.js';
import type { Answer, RawAnswer } from './schema.js';

/** Something wrong with one respondent's answers; the caller says where (YAML path or CSV cell). */
export interface AnswerIssue {
  questionId: string;
  kind: 'unknown-question' | 'invalid' | 'required';
  message: string;
}

/** Raw answers by question id: an answer file's `answers`, or a CSV row's (question id, cell) pairs. */
export type RawAnswers = Readonly<Record<string, RawAnswer | undefined>> | readonly (readonly [string, RawAnswer | undefined])[];

/**
 * Reads raw answers by question id (from an answer file or a CSV row) into checked answers,
 * collecting every issue. Unanswered questions are simply absent.
 */
export function parseAnswers(questionnaire: Questionnaire, raw: RawAnswers): { answers: Record<string, Answer>; issues: AnswerIssue[] } {
  const entries = Array.isArray(raw) ? raw : Object.entries(raw);
  return answersReader(
    questionnaire,
    entries.map(([id]) => id),
  )(entries.map(([, value]) => value));
}

/**
 * parseAnswers for raw answers that always come in the same order of question ids (the columns
 * of a CSV): what depends only on the ids is worked out once, and each row is a list of values.
 */
export function answersReader(questionnaire: Questionnaire, ids: readonly string[]): (values: readonly (RawAnswer | undefined)[]) => { answers: Record<string, Answer>; issues: AnswerIssue[] } {
  const slots = answerSlots(questionnaire, ids, (_question, read) => read);
  const required = requiredIds(questionnaire);
  // Plain loops: a form export runs this for every row.
  return (values) => {
    // A dictionary from the start: adding dozens of arbitrary ids to a plain object makes V8 build a
    // hidden class per key before it gives up, for every response; and nothing is inherited.
    const answers = Object.create(null) as Record<string, Answer>;
    const issues: AnswerIssue[] = [];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as AnswerSlot<(raw: RawAnswer | undefined) => ParsedAnswer>;
      if (!slot.read) {
        issues.push({ ...slot.unknown });
        continue;
      }
      const parsed = slot.read(values[i]);
      if (!parsed.ok) issues.push(invalidAnswer(slot.id, parsed.message));
      else if (parsed.answer) answers[slot.id] = parsed.answer;
    }
    addMissingRequired(required, (id) => answers[id] !== undefined, issues);
    return { answers, issues };
  };
}

/** One id of a list of raw answers (a CSV's question columns): what reads its values, or why nothing can. */
export type AnswerSlot<R> = { id: string; read: R; unknown?: undefined } | { id: string; read?: undefined; unknown: AnswerIssue };

/**
 * Each id's question and reader, handed to `reader` to build what a caller reads that id's values
 * with; an id the questionnaire does not have becomes its issue, with a hint at the closest id.
 */
export function answerSlots<R>(questionnaire: Questionnaire, ids: readonly string[], reader: (question: Question, read: (raw: RawAnswer | undefined) => ParsedAnswer) => R): AnswerSlot<R>[] {
  const { byId, readers } = questionIndex(questionnaire);
  return ids.map((id) => {
    const question = byId.get(id);
    const read = readers.get(id);
    if (question && read) return { id, read: reader(question, read) };
    const hint = closestMatch(id, [...readers.keys()]);
    return { id, unknown: { questionId: id, kind: 'unknown-question', message: `unknown question id ${quoted(id)}${hint ? ` (did you mean "${hint}"?)` : ''}` } };
  });
}

export function invalidAnswer(questionId: string, message: string): AnswerIssue {
  return { questionId, kind: 'invalid', message };
}

/** The ids of the questions a response must answer. */
export function requiredIds(questionnaire: Questionnaire): readonly string[] {
  return questionIndex(questionnaire).required;
}

/** Adds an issue for each required question neither answered nor already at issue (an invalid answer says enough). */
export function addMissingRequired(required: readonly string[], answered: (id: string) => boolean, issues: AnswerIssue[]): void {
  for (const id of required) {
    if (!answered(id) && !issues.some((issue) => issue.questionId === id)) {
      issues.push({ questionId: id, kind: 'required', message: `required question "${id}" is not answered` });
    }
  }
}

/** What reading answers needs of a questionnaire: its questions by id, their readers, the required ids. */
interface QuestionIndex {
  byId: ReadonlyMap<string, Question>;
  readers: ReadonlyMap<string, (raw: RawAnswer | undefined) => ParsedAnswer>;
  required: readonly string[];
}

const indexes = new WeakMap<Questionnaire, QuestionIndex>();

/** Built once per questionnaire, as every response (every answer file, every CSV row) is read against it. */
function questionIndex(questionnaire: Questionnaire): QuestionIndex {
  let index = indexes.get(questionnaire);
  if (!index) {
    const questions = [...eachQuestion(questionnaire)].map(({ question }) => question);
    index = {
      byId: new Map(questions.map((question) => [question.id, question])),
      readers: new Map(questions.map((question) => [question.id, answerReader(question, questionnaire)])),
      required: questions.filter((question) => question.required).map((question) => question.id),
    };
    indexes.set(questionnaire, index);
  }
  return index;
}

/** Every question by id. */
export function questionsById(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  return questionIndex(questionnaire).byId;
}
