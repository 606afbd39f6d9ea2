import { loadQuestionnaire } from '../questionnaire/discover.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { InvalidInputError } from '../util/errors.js';
import { readInputText } from '../util/read-input.js';
import { parseYamlSource } from '../util/yaml-source.js';
import { checkAnswerFileShape, checkAnswers } from './check.js';
import type { AnswerFile, Response } from './schema.js';

export interface LoadedAnswers {
  file: string;
  answerFile: AnswerFile;
  response: Response;
  questionnaire: Questionnaire;
}

export interface LoadAnswersOptions {
  cwd?: string;
  /** Questionnaire id or path; by default the one the answer file names. */
  questionnaire?: string;
}

/** Reads an answer file (YAML or JSON) and checks it against its questionnaire. */
export function loadAnswerFile(file: string, options: LoadAnswersOptions = {}): LoadedAnswers {
  const cwd = options.cwd ?? process.cwd();
  const parsed = parseYamlSource(file, readInputText(file));
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  const shape = checkAnswerFileShape(parsed.source);
  if (!shape.ok) throw new InvalidInputError(shape.problems);
  const { questionnaire } = loadQuestionnaire(options.questionnaire ?? shape.file.questionnaire, cwd);
  const checked = checkAnswers(parsed.source, shape.file, questionnaire);
  if (!checked.ok) throw new InvalidInputError(checked.problems);
  return { file, answerFile: checked.file, response: checked.response, questionnaire };
}
