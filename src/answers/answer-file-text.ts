import { stringify } from 'yaml';
import { questionnaireHash } from '../questionnaire/hash.js';
import { eachQuestion } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import { answerToRaw } from './parse-answer.js';
import type { Answer, AnswerFile, RawAnswer } from './schema.js';

// The one writer of answer files: `import` writes a response, `run` a session after every
// answer, `template` a blank file with the same head. Everything a reader checks comes from here.

/** What an answer file records of one response: who, when, and each answer given. */
export interface RecordedResponse {
  respondent: NonNullable<AnswerFile['respondent']>;
  /** ISO date-time an interactive run began. */
  started?: string;
  completed?: string;
  /** Absent key: not seen; null: seen and skipped (a run resumes after it). */
  answers: Readonly<Record<string, Answer | null>>;
}

/** The fields that bind an answer file to one questionnaire and its exact content. */
export function answerFileHead(questionnaire: Questionnaire): Pick<AnswerFile, 'questionnaire' | 'version' | 'questionnaireHash'> {
  return { questionnaire: questionnaire.id, version: questionnaire.version, questionnaireHash: questionnaireHash(questionnaire) };
}

/** A response as an answer file: answers in questionnaire order, written as labels. Pure. */
export function answerFileOf(questionnaire: Questionnaire, response: RecordedResponse): AnswerFile {
  const answers: Record<string, RawAnswer> = {};
  for (const { question } of eachQuestion(questionnaire)) {
    if (!Object.hasOwn(response.answers, question.id)) continue;
    const answer = ownValue(response.answers, question.id) ?? null;
    answers[question.id] = answer === null ? null : answerToRaw(question, answer, questionnaire);
  }
  return {
    ...answerFileHead(questionnaire),
    respondent: response.respondent,
    ...(response.started ? { started: response.started } : {}),
    ...(response.completed ? { completed: response.completed } : {}),
    answers,
  };
}

/** An answer file as YAML, after `comment` as `#` lines. */
export function answerFileText(file: AnswerFile, comment?: string): string {
  // lineWidth 0: long free-text answers stay on one line instead of being folded.
  return commentLines(comment) + stringify(file, { lineWidth: 0 });
}

/** A response as the text of an answer file. Pure. */
export function renderAnswerFile(questionnaire: Questionnaire, response: RecordedResponse, comment?: string): string {
  return answerFileText(answerFileOf(questionnaire, response), comment);
}

/** `text` as YAML comment lines, each ending in a newline; "" for none. */
export function commentLines(text: string | undefined): string {
  return text ? `${text.split('\n').map((line) => `# ${line}`).join('\n')}\n` : '';
}
