import { stringify } from 'yaml';
import { answerToRaw } from '../answers/parse-answer.js';
import type { LoadedAnswers } from '../answers/parse-answer-file.js';
import type { AnswerFile, RawAnswer } from '../answers/schema.js';
import { questionnaireHash } from '../questionnaire/hash.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import type { Recorded, SessionState } from './session.js';

/** What a run knows besides the answers. */
export interface RunRecord {
  respondent: NonNullable<AnswerFile['respondent']>;
  /** ISO date-time the run began. */
  started: string;
  /** Set only when the respondent finishes. */
  completed?: string;
}

const HEADER = [
  '# Written by `culture-audit run` after every answer. A question set to null was skipped.',
  '# An unfinished run continues with: culture-audit run --resume <this file>',
].join('\n');

/** The answer file for a session so far: a valid answer file at every step. Pure. */
export function answerFileFor(state: SessionState, questionnaire: Questionnaire, run: RunRecord): AnswerFile {
  const answers: Record<string, RawAnswer> = {};
  for (const { question } of state.items) {
    if (!Object.hasOwn(state.answers, question.id)) continue;
    const recorded = ownValue(state.answers, question.id) ?? null;
    answers[question.id] = recorded === null ? null : answerToRaw(question, recorded, questionnaire);
  }
  return {
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    questionnaireHash: questionnaireHash(questionnaire),
    respondent: run.respondent,
    started: run.started,
    ...(run.completed ? { completed: run.completed } : {}),
    answers,
  };
}

export function renderAnswerFile(file: AnswerFile): string {
  // lineWidth 0: long free-text answers stay on one line instead of being folded.
  return `${HEADER}\n${stringify(file, { lineWidth: 0 })}`;
}

/** The session's answers from a loaded file: keys present with no answer were skipped. */
export function recordedAnswers(loaded: LoadedAnswers): Record<string, Recorded> {
  const recorded: Record<string, Recorded> = {};
  for (const id of Object.keys(loaded.answerFile.answers ?? {})) recorded[id] = ownValue(loaded.response.answers, id) ?? null;
  return recorded;
}
