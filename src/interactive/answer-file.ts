import { answerFileOf, answerFileText } from '../answers/answer-file-text.js';
import type { LoadedAnswers } from '../answers/parse-answer-file.js';
import { questionsById } from '../answers/parse-answers.js';
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

/**
 * The session's answers from a loaded file: keys present with no value were skipped. A value that
 * gave no answer was left out because the questionnaire changed since (see answers/check.ts): its
 * question is asked again, and an id the questionnaire no longer has is dropped.
 */
export function recordedAnswers(loaded: LoadedAnswers): Record<string, Recorded> {
  const recorded: Record<string, Recorded> = {};
  const questions = questionsById(loaded.questionnaire);
  for (const [id, raw] of Object.entries(loaded.answerFile.answers ?? {})) {
    if (!questions.has(id)) continue;
    const answer = ownValue(loaded.response.answers, id);
    if (answer !== undefined) recorded[id] = answer;
    else if (isBlank(raw)) recorded[id] = null;
  }
  return recorded;
}

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
