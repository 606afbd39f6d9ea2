import { parseAnswerFile, type LoadedAnswers } from '../answers/parse-answer-file.js';
import { loadQuestionnaire } from './questionnaire.js';
import { readInputText } from './read-input.js';

export interface LoadAnswersOptions {
  /** The folder questionnaire ids and relative paths are looked up from. */
  cwd: string;
  /** Questionnaire id or path; by default the one the answer file names. */
  questionnaire?: string;
  /** An unfinished interactive run: required questions may be unanswered. */
  partial?: boolean;
}

/** Reads an answer file (YAML or JSON) and checks it against its questionnaire. */
export function loadAnswerFile(file: string, options: LoadAnswersOptions): LoadedAnswers {
  return parseAnswerFile(file, readInputText(file, undefined, options.cwd), (id) => loadQuestionnaire(options.questionnaire ?? id, options.cwd).questionnaire, options);
}
