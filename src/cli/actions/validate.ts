import { checkAnswerFileShape, checkAnswers } from '../../answers/check.js';
import { loadQuestionnaire } from '../../questionnaire/discover.js';
import { questionCount } from '../../questionnaire/labels.js';
import { validateQuestionnaireSource } from '../../questionnaire/load.js';
import { formatProblem, UserError, type Problem } from '../../util/errors.js';
import { readInputText } from '../../util/read-input.js';
import { parseYamlSource, type YamlSource } from '../../util/yaml-source.js';
import type { Io } from '../io.js';
import { sanitizeForTerminal } from '../io.js';

type FileVerdict = { ok: true; summary: string } | { ok: false; problems: Problem[] };

/** Checks each file on its own and prints every problem; returns exit code 0 or 2. */
export function runValidate(files: string[], options: { questionnaire?: string }, io: Io): number {
  let failed = 0;
  let problemCount = 0;
  for (const file of files) {
    const verdict = validateFile(file, options, io.cwd);
    if (verdict.ok) {
      io.out(`${io.style.green('✔')} ${sanitizeForTerminal(file)}  ${io.style.dim(verdict.summary)}`);
      continue;
    }
    failed++;
    problemCount += verdict.problems.length;
    for (const problem of verdict.problems) io.err(`${io.style.red('✖')} ${sanitizeForTerminal(formatProblem(problem))}`);
  }
  if (failed > 0) {
    io.err(`${failed} of ${files.length} ${files.length === 1 ? 'file' : 'files'} invalid, ${problemCount} ${problemCount === 1 ? 'problem' : 'problems'}`);
    return 2;
  }
  return 0;
}

export function validateFile(file: string, options: { questionnaire?: string }, cwd: string): FileVerdict {
  try {
    const parsed = parseYamlSource(file, readInputText(file));
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    return isAnswerFile(parsed.source.data) ? validateAnswers(parsed.source, options, cwd) : validateQuestionnaire(parsed.source);
  } catch (error) {
    if (error instanceof UserError) {
      const problems = 'problems' in error ? (error.problems as Problem[]) : [{ file, message: error.message }];
      return { ok: false, problems };
    }
    throw error;
  }
}

/** Answer files name their questionnaire with a string; questionnaires have sections. */
function isAnswerFile(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  const record = data as Record<string, unknown>;
  return typeof record.questionnaire === 'string' || ('answers' in record && !('sections' in record));
}

function validateQuestionnaire(source: YamlSource): FileVerdict {
  const result = validateQuestionnaireSource(source);
  if (!result.ok) return result;
  const q = result.questionnaire;
  return { ok: true, summary: `questionnaire ${q.id} v${q.version}: ${q.sections.length} sections, ${questionCount(q)} questions` };
}

function validateAnswers(source: YamlSource, options: { questionnaire?: string }, cwd: string): FileVerdict {
  const shape = checkAnswerFileShape(source);
  if (!shape.ok) return shape;
  const { questionnaire } = loadQuestionnaire(options.questionnaire ?? shape.file.questionnaire, cwd);
  const checked = checkAnswers(source, shape.file, questionnaire);
  if (!checked.ok) return checked;
  const answered = Object.keys(checked.response.answers).length;
  return { ok: true, summary: `answers to ${questionnaire.id}: ${answered} of ${questionCount(questionnaire)} answered` };
}
