import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { quoted } from '../util/quote.js';
import { MAX_QUESTIONS } from '../util/limits.js';
import type { YamlSource } from '../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../util/zod-problems.js';
import { answerFileFast } from './answer-file-shape.js';
import { checkBinding } from './binding.js';
import { parseAnswers, type AnswerIssue } from './parse-answers.js';
import { AnswerFileSchema, answerFileFieldNames, type AnswerFile, type Response } from './schema.js';

export type AnswerCheck = { ok: true; response: Response; file: AnswerFile; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Checks the shape of an answer file (before its questionnaire is known). */
export function checkAnswerFileShape(source: YamlSource): { ok: true; file: AnswerFile } | { ok: false; problems: Problem[] } {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [at(source, [], 'must be a mapping with questionnaire, respondent and answers')] };
  }
  const fast = answerFileFast(data);
  if (fast) return { ok: true, file: fast };
  const parsed = AnswerFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodIssuesToProblems(source, parsed.error.issues, answerFileFieldNames) };
  return { ok: true, file: parsed.data };
}

/**
 * Checks every answer against the questionnaire; collects all problems, each positioned.
 * `partial`: an unfinished interactive run, where required questions may still be open. Answers
 * written for another version (or content hash) of the questionnaire that no longer fit it are
 * left out, each with a warning (see binding.ts).
 */
export function checkAnswers(source: YamlSource, file: AnswerFile, questionnaire: Questionnaire, options: { partial?: boolean } = {}): AnswerCheck {
  const binding = checkBinding(source, file, questionnaire);
  if (binding.otherQuestionnaire) return { ok: false, problems: binding.problems };
  const raw = file.answers ?? {};
  const count = Object.keys(raw).length;
  if (count > MAX_QUESTIONS) {
    // Checked before the entries, each of which would cost a "did you mean" search.
    return { ok: false, problems: [at(source, ['answers'], `has ${count} entries; a questionnaire has at most ${MAX_QUESTIONS} questions`, true)] };
  }
  const { answers, issues } = parseAnswers(questionnaire, raw);
  const warnings = [...binding.warnings];
  const open = options.partial ? issues.filter((issue) => issue.kind !== 'required') : issues;
  // Answers to the questionnaire as it is are held to it; answers it outgrew are not the file's fault.
  if (binding.moved) warnings.push(...skippedAnswers(source, open, binding.moved));
  else if (open.length > 0) return { ok: false, problems: open.map((issue) => issueAt(source, issue, '')) };
  return {
    ok: true,
    file,
    warnings,
    response: {
      questionnaireId: questionnaire.id,
      respondent: respondentAttributes(file.respondent),
      completed: file.completed ?? undefined,
      answers,
      source: source.file,
    },
  };
}

function issueAt(source: YamlSource, issue: AnswerIssue, note: string): Problem {
  if (issue.kind === 'required') return at(source, ['answers'], issue.message + note, true);
  return at(source, ['answers', issue.questionId], issue.message + note, issue.kind === 'unknown-question');
}

/**
 * The issues of answers written for an earlier form of the questionnaire, as warnings: the answers
 * to questions it no longer has in one (their ids, not a "did you mean" each), every other issue
 * on its own, with `moved` saying why. Such answers are left out, so the response is scored without them.
 */
function skippedAnswers(source: YamlSource, issues: readonly AnswerIssue[], moved: string): Problem[] {
  const gone = issues.filter((issue) => issue.kind === 'unknown-question').map((issue) => quoted(issue.questionId));
  const warnings: Problem[] = [];
  if (gone.length > 0) {
    const questions = gone.length === 1 ? 'a question' : `${gone.length} questions`;
    warnings.push(at(source, ['answers'], `answers to ${questions} the questionnaire no longer has are skipped: ${gone.join(', ')}; ${moved}`, true));
  }
  for (const issue of issues) {
    if (issue.kind === 'invalid') warnings.push(issueAt(source, issue, `; left unanswered, since ${moved}`));
    if (issue.kind === 'required') warnings.push(issueAt(source, issue, `; ${moved}`));
  }
  return warnings;
}

export function respondentAttributes(respondent: AnswerFile['respondent']): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(respondent ?? {})) {
    if (value !== undefined && value !== null && String(value).trim() !== '') attributes[key] = String(value);
  }
  return attributes;
}
