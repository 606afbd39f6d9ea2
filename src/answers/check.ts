import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { parseAnswers } from './parse-answers.js';
import { AnswerFileSchema, answerFileFieldNames, type AnswerFile, type Response } from './schema.js';

export type AnswerCheck = { ok: true; response: Response; file: AnswerFile } | { ok: false; problems: Problem[] };

/** Checks the shape of an answer file (before its questionnaire is known). */
export function checkAnswerFileShape(source: YamlSource): { ok: true; file: AnswerFile } | { ok: false; problems: Problem[] } {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [at(source, [], 'must be a mapping with questionnaire, respondent and answers')] };
  }
  const parsed = AnswerFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodIssuesToProblems(source, parsed.error.issues, answerFileFieldNames) };
  return { ok: true, file: parsed.data };
}

/**
 * Checks every answer against the questionnaire; collects all problems, each positioned.
 * `partial`: an unfinished interactive run, where required questions may still be open.
 */
export function checkAnswers(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire, options: { partial?: boolean } = {}): AnswerCheck {
  const problems: Problem[] = [];
  if (file.questionnaire !== questionnaire.id) {
    problems.push(at(source, ['questionnaire'], `answers questionnaire "${file.questionnaire}", but the questionnaire given is "${questionnaire.id}"`));
  }
  if (file.version !== undefined && String(file.version) !== String(questionnaire.version)) {
    problems.push(
      at(source, ['version'], `answers version ${file.version} of "${questionnaire.id}", but the questionnaire is version ${questionnaire.version}`),
    );
  }
  const { answers, issues } = parseAnswers(questionnaire, file.answers ?? {});
  for (const issue of issues) {
    if (issue.kind === 'required' && options.partial) continue;
    if (issue.kind === 'required') problems.push(at(source, ['answers'], issue.message, true));
    else problems.push(at(source, ['answers', issue.questionId], issue.message, issue.kind === 'unknown-question'));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file,
    response: {
      questionnaireId: questionnaire.id,
      respondent: respondentAttributes(file.respondent),
      completed: file.completed ?? undefined,
      answers,
      source: source.file,
    },
  };
}

export function respondentAttributes(respondent: AnswerFile['respondent']): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(respondent ?? {})) {
    if (value !== undefined && value !== null && String(value).trim() !== '') attributes[key] = String(value);
  }
  return attributes;
}
