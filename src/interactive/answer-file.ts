import { answerFileOf, answerFileText } from '../answers/answer-file-text.js';
import type { LoadedAnswers } from '../answers/parse-answer-file.js';
import type { AnswerFile } from '../answers/schema.js';
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
  'Written by `culture-audit run` after every answer. A question set to null was skipped.',
  'An unfinished run continues with: culture-audit run --resume <this file>',
  '(npx culture-audit run --resume <this file> where culture-audit is installed in the project).',
].join('\n');

/** The answer file for a session so far: a valid answer file at every step. Pure. */
export function answerFileFor(state: SessionState, questionnaire: Questionnaire, run: RunRecord): AnswerFile {
  return answerFileOf(questionnaire, { ...run, answers: state.answers });
}

/** The text `run` saves after every answer, under a note on how to continue it. Pure. */
export function runAnswerFileText(state: SessionState, questionnaire: Questionnaire, run: RunRecord): string {
  return answerFileText(answerFileFor(state, questionnaire, run), HEADER);
}

/** The session's answers from a loaded file: keys present with no answer were skipped. */
export function recordedAnswers(loaded: LoadedAnswers): Record<string, Recorded> {
  const recorded: Record<string, Recorded> = {};
  for (const id of Object.keys(loaded.answerFile.answers ?? {})) recorded[id] = ownValue(loaded.response.answers, id) ?? null;
  return recorded;
}
