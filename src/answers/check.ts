import { eachQuestion } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { closestMatch } from '../util/suggest.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { parseAnswer } from './parse-answer.js';
import { AnswerFileSchema, answerFileFieldNames, type Answer, type AnswerFile, type Response } from './schema.js';

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

/** Checks every answer against the questionnaire; collects all problems, each positioned. */
export function checkAnswers(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire): AnswerCheck {
  const problems: Problem[] = [];
  if (file.questionnaire !== questionnaire.id) {
    problems.push(at(source, ['questionnaire'], `answers questionnaire "${file.questionnaire}", but the questionnaire given is "${questionnaire.id}"`));
  }
  if (file.version !== undefined && String(file.version) !== String(questionnaire.version)) {
    problems.push(
      at(source, ['version'], `answers version ${file.version} of "${questionnaire.id}", but the questionnaire is version ${questionnaire.version}`),
    );
  }
  const questions = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question]));
  const answers: Record<string, Answer> = {};
  for (const [id, raw] of Object.entries(file.answers ?? {})) {
    const question = questions.get(id);
    if (!question) {
      const hint = closestMatch(id, [...questions.keys()]);
      problems.push(at(source, ['answers', id], `unknown question id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`, true));
      continue;
    }
    const parsed = parseAnswer(question, raw, questionnaire);
    if (!parsed.ok) problems.push(at(source, ['answers', id], parsed.message));
    else if (parsed.answer) answers[id] = parsed.answer;
  }
  for (const question of questions.values()) {
    if (question.required && !(question.id in answers)) {
      problems.push(at(source, ['answers'], `required question "${question.id}" is not answered`, true));
    }
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
