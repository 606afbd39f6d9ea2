import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_QUESTIONS } from '../util/limits.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { checkBinding } from './binding.js';
import { parseAnswers } from './parse-answers.js';
import { AnswerFileSchema, answerFileFieldNames, type AnswerFile, type Response } from './schema.js';

export type AnswerCheck = { ok: true; response: Response; file: AnswerFile; warnings: Problem[] } | { ok: false; problems: Problem[] };

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
  const binding = checkBinding(source, file, questionnaire);
  const problems: Problem[] = [...binding.problems];
  if (binding.otherQuestionnaire) return { ok: false, problems };
  const raw = file.answers ?? {};
  const count = Object.keys(raw).length;
  if (count > MAX_QUESTIONS) {
    // Checked before the entries, each of which would cost a "did you mean" search.
    problems.push(at(source, ['answers'], `has ${count} entries; a questionnaire has at most ${MAX_QUESTIONS} questions`, true));
    return { ok: false, problems };
  }
  const { answers, issues } = parseAnswers(questionnaire, raw);
  for (const issue of issues) {
    if (issue.kind === 'required' && options.partial) continue;
    const message = issue.message + binding.changedNote;
    if (issue.kind === 'required') problems.push(at(source, ['answers'], message, true));
    else problems.push(at(source, ['answers', issue.questionId], message, issue.kind === 'unknown-question'));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file,
    warnings: binding.warnings,
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
