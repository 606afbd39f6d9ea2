import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import { checkAnswerSource } from '../../answers/parse-answer-file.js';
import { isJsonRecordsFile } from '../../load/json-responses.js';
import { FORM_EXPORT_FILE } from '../../load/workbook/export-reader.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { questionCount } from '../../questionnaire/labels.js';
import { validateQuestionnaireSource } from '../../questionnaire/parse.js';
import { ExitCode, formatProblemList, UserError, type Problem } from '../../util/errors.js';
import { readInputText } from '../../load/read-input.js';
import { parseYamlSource, type YamlSource } from '../../util/yaml-source.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyAsyncCommand } from '../apply-result.js';
import { printedResult, stderr, stdout, terminalOf, type CommandContext, type CommandResult, type Printed } from '../command-result.js';
import type { Io } from '../io.js';
import { warningLines } from '../warnings.js';
import { readExportResponses } from './export-responses.js';

/** A file's verdict; `notices` are warning lines already worded (a form export's, as `import` gives them). */
type FileVerdict = { ok: true; summary: string; warnings?: Problem[]; notices?: string[] } | { ok: false; problems: Problem[]; notices?: string[] };

export interface ValidateOptions {
  questionnaire?: string;
  /** A CSV export's mapping file (without it, the one beside the export). */
  map?: string;
  /** Scored questions an export or records file may lack a column or key for. */
  allowMissing?: string;
  /** The tool that wrote the CSV exports (--from); detected from each header otherwise. */
  from?: FormToolName;
}

/**
 * `validate`: checks each file on its own and lists every problem; exit code 0, or 2 when any file
 * is invalid. Questionnaires and answer files are read whole; form exports and JSON records are
 * read as `import` reads them, response by response, so any size is checked in flat memory.
 */
export async function validateCommand(files: readonly string[], options: ValidateOptions & CommandContext): Promise<CommandResult> {
  const { style } = terminalOf(options);
  const printed: Printed[] = [];
  let failed = 0;
  let problemCount = 0;
  for (const file of files) {
    const verdict = isResponsesFile(file, options.cwd) ? await validateResponses(file, options) : validateFile(file, options, options.cwd);
    printed.push(...(verdict.notices ?? []).map((notice) => stderr(style.yellow(`culture-audit: ${notice}`))));
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

export async function runValidate(files: string[], options: ValidateOptions, io: Io): Promise<number> {
  return (await applyAsyncCommand(io, (context) => validateCommand(files, { ...options, ...context }))).exitCode;
}

export function validateFile(file: string, options: ValidateOptions, cwd: string): FileVerdict {
  try {
    const parsed = parseYamlSource(file, readInputText(file, undefined, cwd));
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    return isAnswerFile(parsed.source.data) ? validateAnswers(parsed.source, options, cwd) : validateQuestionnaire(parsed.source);
  } catch (error) {
    return { ok: false, problems: problemsOf(file, error) };
  }
}

/** A user error as the file's problems; anything else is a bug, and goes on up. */
function problemsOf(file: string, error: unknown): Problem[] {
  if (!(error instanceof UserError)) throw error;
  return 'problems' in error ? (error.problems as Problem[]) : [{ file, message: error.message }];
}

/** Many respondents in one file: a CSV form export, a JSON array, NDJSON. */
function isResponsesFile(file: string, cwd: string): boolean {
  return FORM_EXPORT_FILE.test(file) || isJsonRecordsFile(file, cwd);
}

/**
 * An export or records file, read as `import` reads it: every problem of every row or record, or
 * `N responses` with the file's summary (questions matched, columns or keys ignored).
 */
async function validateResponses(file: string, options: ValidateOptions & CommandContext): Promise<FileVerdict> {
  const notices: string[] = [];
  let responses = 0;
  try {
    const { problems, summary } = await readExportResponses(file, options, notices, () => responses++);
    if (problems.length > 0) return { ok: false, problems, notices };
    if (responses === 0) return { ok: false, problems: [{ file, message: 'holds no responses' }], notices };
    const details = summary?.startsWith(`${file}: `) ? summary.slice(file.length + 2) : `${responses} responses`;
    return { ok: true, summary: details, notices };
  } catch (error) {
    return { ok: false, problems: problemsOf(file, error), notices };
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
