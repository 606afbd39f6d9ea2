import type { Questionnaire } from '../questionnaire/schema.js';
import { InvalidInputError, type Problem } from '../util/errors.js';
import { parseYamlSource, type YamlSource } from '../util/yaml-source.js';
import { checkAnswerFileShape, checkAnswers } from './check.js';
import type { AnswerFile, Response } from './schema.js';

export interface LoadedAnswers {
  file: string;
  answerFile: AnswerFile;
  response: Response;
  questionnaire: Questionnaire;
  /** Things worth telling the user that do not stop scoring (a changed questionnaire); print them on stderr. */
  warnings: Problem[];
}

/**
 * The text of an answer file, checked against the questionnaire `questionnaireFor` returns for the
 * id the file names. Throws InvalidInputError with every problem found. No file system of its own.
 */
export function parseAnswerFile(
  file: string,
  text: string,
  questionnaireFor: (id: string) => Questionnaire,
  options: { partial?: boolean } = {},
): LoadedAnswers {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  return checkAnswerSource(parsed.source, questionnaireFor, options);
}

/** An already parsed answer file, checked as parseAnswerFile does (validate parses first to tell the kind). */
export function checkAnswerSource(source: YamlSource, questionnaireFor: (id: string) => Questionnaire, options: { partial?: boolean } = {}): LoadedAnswers {
  const shape = checkAnswerFileShape(source);
  if (!shape.ok) throw new InvalidInputError(shape.problems);
  const questionnaire = questionnaireFor(shape.file.questionnaire);
  const checked = checkAnswers(source, shape.file, questionnaire, { partial: options.partial });
  if (!checked.ok) throw new InvalidInputError(checked.problems);
  return { file: source.file, answerFile: checked.file, response: checked.response, questionnaire, warnings: checked.warnings };
}
