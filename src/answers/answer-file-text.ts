import { stringify } from 'yaml';
import { questionnaireHash } from '../questionnaire/hash.js';
import { eachQuestion } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { ownValue } from '../util/own.js';
import { answerToRaw } from './parse-answer.js';
import type { AnswerFile, RawAnswer, Response } from './schema.js';

/** A response as an answer file (YAML), answers in questionnaire order and written as labels. Pure. */
export function renderAnswerFile(questionnaire: Questionnaire, response: Response, comment?: string): string {
  const answers: Record<string, RawAnswer> = {};
  for (const { question } of eachQuestion(questionnaire)) {
    const answer = ownValue(response.answers, question.id);
    if (answer) answers[question.id] = answerToRaw(question, answer, questionnaire);
  }
  const file: AnswerFile = {
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    questionnaireHash: questionnaireHash(questionnaire),
    respondent: response.respondent,
    ...(response.completed ? { completed: response.completed } : {}),
    answers,
  };
  const header = comment ? `${comment.split('\n').map((line) => `# ${line}`).join('\n')}\n` : '';
  return header + stringify(file, { lineWidth: 0 });
}
