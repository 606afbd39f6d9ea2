import { InvalidInputError, type Problem } from '../util/errors.js';
import { MAX_QUESTIONS } from '../util/limits.js';
import { parseYamlSource, type YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { checkQuestionnaireRules } from './rules.js';
import { questionnaireSchema, type Questionnaire } from './schema.js';
import { questionnaireFieldNames } from './field-names.js';

/** Parses and validates a questionnaire's text; throws InvalidInputError with every problem found. */
export function parseQuestionnaire(file: string, text: string): Questionnaire {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  const result = validateQuestionnaireSource(parsed.source);
  if (!result.ok) throw new InvalidInputError(result.problems);
  return result.questionnaire;
}

export type QuestionnaireCheck = { ok: true; questionnaire: Questionnaire } | { ok: false; problems: Problem[] };

export function validateQuestionnaireSource(source: YamlSource): QuestionnaireCheck {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [at(source, [], 'must be a YAML mapping with id, version, title, rubric and sections')] };
  }
  const problems: Problem[] = [];
  const questionCount = countQuestions(data);
  if (questionCount > MAX_QUESTIONS) {
    problems.push(at(source, ['sections'], `has ${questionCount} questions; the limit is ${MAX_QUESTIONS}`));
  }
  // jitless: zod otherwise compiles a parser for each object schema with new Function, code that no
  // code cache holds, on every run; a questionnaire is parsed once a run, where that never pays
  // (bench bfi, 25 questions: 2.6 ms less on Node 24, 6.7 on Node 20; at 500 questions about even).
  const parsed = questionnaireSchema().safeParse(data, { jitless: true });
  if (!parsed.success) problems.push(...zodIssuesToProblems(source, parsed.error.issues, questionnaireFieldNames()));
  for (const violation of checkQuestionnaireRules(data)) {
    problems.push(at(source, violation.path, violation.message, violation.atKey));
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, questionnaire: parsed.data };
}

function countQuestions(data: object): number {
  const sections = (data as { sections?: unknown }).sections;
  if (!Array.isArray(sections)) return 0;
  return sections.reduce<number>((sum, section) => {
    const questions = (section as { questions?: unknown } | null)?.questions;
    return sum + (Array.isArray(questions) ? questions.length : 0);
  }, 0);
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
