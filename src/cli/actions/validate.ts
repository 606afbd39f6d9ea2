import { checkAnswerSource } from '../../answers/parse-answer-file.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { questionCount } from '../../questionnaire/labels.js';
import { validateQuestionnaireSource } from '../../questionnaire/parse.js';
import { ExitCode, formatProblemList, UserError, type Problem } from '../../util/errors.js';
import { readInputText } from '../../load/read-input.js';
import { parseYamlSource, type YamlSource } from '../../util/yaml-source.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyCommand } from '../apply-result.js';
import { printedResult, stderr, stdout, terminalOf, type CommandContext, type CommandResult, type Printed } from '../command-result.js';
import type { Io } from '../io.js';
import { warningLines } from '../warnings.js';

type FileVerdict = { ok: true; summary: string; warnings?: Problem[] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  questionnaire?: string;
}

/** `validate`: checks each file on its own and lists every problem; exit code 0, or 2 when any file is invalid. */
export function validateCommand(files: readonly string[], options: ValidateOptions & CommandContext): CommandResult {
  const { style } = terminalOf(options);
  const printed: Printed[] = [];
  let failed = 0;
  let problemCount = 0;
  for (const file of files) {
    const verdict = validateFile(file, options, options.cwd);
    if (verdict.ok) {
      printed.push(stdout(`${style.green('✔')} ${sanitizeForTerminal(file)}  ${style.dim(sanitizeForTerminal(verdict.summary))}`));
      printed.push(...warningLines(verdict.warnings ?? [], style).map(stderr));
      continue;
    }
    failed++;
    problemCount += verdict.problems.length;
    for (const line of formatProblemList(verdict.problems)) printed.push(stderr(`${style.red('✖')} ${sanitizeForTerminal(line)}`));
  }
  if (failed === 0) return printedResult(printed);
  printed.push(stderr(`${failed} of ${files.length} ${files.length === 1 ? 'file' : 'files'} invalid, ${problemCount} ${problemCount === 1 ? 'problem' : 'problems'}`));
  return printedResult(printed, ExitCode.InvalidInput);
}

export function runValidate(files: string[], options: ValidateOptions, io: Io): number {
  return applyCommand(io, (context) => validateCommand(files, { ...options, ...context }));
}

export function validateFile(file: string, options: ValidateOptions, cwd: string): FileVerdict {
  try {
    const parsed = parseYamlSource(file, readInputText(file, undefined, cwd));
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
  // Throws InvalidInputError, which validateFile turns into this file's problems.
  const { questionnaire, response, warnings } = checkAnswerSource(source, (id) => loadQuestionnaire(options.questionnaire ?? id, cwd).questionnaire);
  const answered = Object.keys(response.answers).length;
  return { ok: true, summary: `answers to ${questionnaire.id}: ${answered} of ${questionCount(questionnaire)} answered`, warnings };
}
