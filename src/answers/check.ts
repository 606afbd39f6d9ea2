import { eachQuestion } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_QUESTIONS } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { checkBinding } from './binding.js';
import { parseAnswer } from './parse-answer.js';
import { AnswerFileSchema, answerFileFieldNames, type Answer, type AnswerFile, type Response } from './schema.js';

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

/** Checks every answer against the questionnaire; collects all problems, each positioned. */
export function checkAnswers(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire): AnswerCheck {
  const binding = checkBinding(source, file, questionnaire);
  const problems: Problem[] = [...binding.problems];
  const entries = Object.entries(file.answers ?? {});
  if (entries.length > MAX_QUESTIONS) {
    // Checked before the entries, each of which would cost a "did you mean" search.
    problems.push(at(source, ['answers'], `has ${entries.length} entries; a questionnaire has at most ${MAX_QUESTIONS} questions`, true));
    return { ok: false, problems };
  }
  const questions = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question]));
  const answers: Record<string, Answer> = {};
  for (const [id, raw] of entries) {
    const question = questions.get(id);
    if (!question) {
      const hint = closestMatch(id, [...questions.keys()]);
      problems.push(at(source, ['answers', id], `unknown question id ${quoted(id)}${hint ? ` (did you mean "${hint}"?)` : ''}${binding.changedNote}`, true));
      continue;
    }
    const parsed = parseAnswer(question, raw, questionnaire);
    if (!parsed.ok) problems.push(at(source, ['answers', id], parsed.message + binding.changedNote));
    else if (parsed.answer) answers[id] = parsed.answer;
  }
  for (const question of questions.values()) {
    if (question.required && !Object.hasOwn(answers, question.id)) {
      problems.push(at(source, ['answers'], `required question "${question.id}" is not answered${binding.changedNote}`, true));
    }
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
