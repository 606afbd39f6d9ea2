import { join, resolve } from 'node:path';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import { checkAllowMissing, parseAllowMissing } from '../../answers/missing-columns.js';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { teamJson } from '../../formats/team-json/write.js';
import type { TeamDocument } from '../../report/formats/documents.js';
import { renderTeamStepSummary } from '../../report/team-step-summary.js';
import { teamActionsJson } from '../../report/team/actions.js';
import { renderTeamSummary } from '../../report/terminal/team-summary.js';
import { ExitCode, formatProblem, InvalidInputError, UserError } from '../../util/errors.js';
import { expandInputFiles } from '../../load/input-files.js';
import { sheetOptionMisuse } from '../../load/workbook/export-reader.js';
import { jsonText } from '../../util/json-text.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import type { FileToWrite } from '../../write/target.js';
import { applyAsyncCommand } from '../apply-result.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { gatheringNotices, stderr, stdout, terminalOf, type CommandContext, type CommandResult, type Printed } from '../command-result.js';
import type { Io } from '../io.js';
import { chooseFormat, documentFiles, renderedFor } from './deliver.js';
import { reportOutputPath, shownFrom } from './output-path.js';
import { DEFAULT_MIN_GROUP } from '../../scoring/team/groups.js';
import { skippedOthersNote } from './skipped-others-note.js';
import { aggregateInputs, type AggregatedInputs } from './team-inputs.js';
import { teamExtras, loadPreviousTeam } from './team-extras.js';
import { appendStepSummary } from './step-summary.js';
import { thresholdFailures } from './thresholds.js';
import { handoverFor, type HandoverOptions } from './handover.js';

export interface TeamOptions extends HandoverOptions {
  output?: string;
  json?: string;
  force?: boolean;
  groupBy?: string;
  minGroup: number;
  failUnder?: number;
  failOnRedFlags?: boolean;
  skipInvalid?: boolean;
  questionnaire?: string;
  map?: string;
  /** Scored questions a form export may lack a column for: comma-separated ids, or all. */
  allowMissing?: string;
  /** The tool that wrote the CSV exports (--from); detected from each export's header otherwise. */
  from?: FormToolName;
  /** Leave out responses the tool marks unfinished. */
  completeOnly?: boolean;
  compare?: string;
  /** Lets --min-group go below 3: groups that small can show one person's scores. */
  allowSmallGroups?: boolean;
  /** The report's format: markdown (default), json or terminal; an -o ending says it too. */
  format?: string;
  /** The sheet of each .xlsx input to read; by default its first. */
  sheet?: string;
}

export interface TeamContext extends CommandContext {
  /** A one-line status while inputs are read ("" clears it); a terminal redraws it in place. */
  progress?: (text: string) => void;
}

export interface TeamResult extends CommandResult {
  /** The short summary GitHub Actions shows on the job page, for the shell to append to GITHUB_STEP_SUMMARY. */
  stepSummary: string;
}

/** Attributes that identify a person: grouping by them would name respondents in the report. */
const PERSONAL = new Set(['name', 'id']);

/** `team`: one report for many respondents, the files to write beside it, and the --fail-* thresholds it misses. */
export async function teamCommand(inputs: readonly string[], options: TeamOptions & TeamContext): Promise<TeamResult> {
  if (options.groupBy && PERSONAL.has(options.groupBy.toLowerCase())) {
    throw new UserError(`--group-by ${options.groupBy} would show single people in the report; group by role, team, site or another shared attribute`);
  }
  if (options.output === '-' && options.json === '-') throw new UserError('-o - and --json - cannot both use stdout; write one of them to a file');
  if (options.minGroup < DEFAULT_MIN_GROUP && !options.allowSmallGroups) {
    throw new UserError(
      `--min-group ${options.minGroup} would show groups of fewer than ${DEFAULT_MIN_GROUP} respondents, whose scores can be one person's; add --allow-small-groups to show them anyway`,
    );
  }
  const { cwd } = options;
  const handover = handoverFor(options);
  const previous = options.compare ? loadPreviousTeam(options.compare, options.questionnaire, cwd) : undefined;
  const files = expandInputFiles(inputs, cwd);
  const sheetMisuse = sheetOptionMisuse(options.sheet, files.map((input) => input.file));
  if (sheetMisuse) throw new UserError(sheetMisuse);
  const mapping = options.map ? loadCsvMapping(resolve(cwd, options.map)) : undefined;
  const allowMissing = parseAllowMissing(options.allowMissing);
  return gatheringNotices(async (notices) => {
    const onWarning = (message: string) => void notices.push(`warning: ${sanitizeForTerminal(message)}`);
    const aggregated = await aggregateInputs(files, { ...options, cwd, mapping, allowMissing, onWarning });
    const skippedNote = skippedOthersNote(aggregated.skippedOthers);
    if (skippedNote) notices.push(sanitizeForTerminal(skippedNote));
    notices.push(...aggregated.exportSummaries.map(sanitizeForTerminal));
    const team = acceptedTeam(aggregated, options, notices);
    checkAllowMissing(allowMissing, team.questionnaire);
    const summary = team.accumulator.summary();
    const skipped = aggregated.invalid;
    const notAsked = aggregated.notAsked;
    const jsonObject = teamJson(summary, { skipped, notAsked, actions: teamActionsJson(summary, team.questionnaire) });
    const { snapshot, sinceLastTime, charts } = teamExtras(jsonObject, team.questionnaire, previous, summary);
    const document: TeamDocument = { kind: 'team', questionnaire: team.questionnaire, summary, snapshot, skipped, notAsked, ...(sinceLastTime ? { sinceLastTime } : {}), handover, charts };
    const terminal = terminalOf(options);
    const targets = [...reportTargets(document, options), ...(options.json ? [{ path: options.json, content: `${jsonText(jsonObject)}\n` }] : [])];
    const redFlags = { redFlags: summary.redFlags.length, respondentsWithRedFlags: summary.respondentsWithRedFlags };
    const failures = thresholdFailures([{ name: 'team', score: summary.overall.stats.mean, ...redFlags }], options);
    const written = targets.filter((target) => target.path !== '-').map((target) => ({ ...target, path: resolve(cwd, target.path) }));
    const printed: Printed[] = [
      ...targetLines(targets, written, cwd),
      // The summary moves to stderr when stdout carries the report or the JSON.
      { to: written.length < targets.length ? 'stderr' : 'stdout', text: renderTeamSummary(summary, snapshot, team.questionnaire, terminal.style, terminal.columns) },
      ...failures.map((failure) => stderr(terminal.style.red(`✖ ${failure}`))),
    ];
    const exitCode = failures.length > 0 ? ExitCode.ThresholdMissed : ExitCode.Ok;
    return { notices, files: written, force: options.force, relativePaths: true, printed, exitCode, stepSummary: renderTeamStepSummary(summary, failures) };
  });
}

/**
 * The report as asked for: written (or printed with -o -) when -o or --format asks for it, or when
 * no machine output is asked for; `--json <file>` alone writes the JSON and nothing else, so a
 * CI step's `--json - | jq` gets JSON alone and a second run finds no report in its way.
 */
function reportTargets(document: TeamDocument, options: TeamOptions & CommandContext): FileToWrite[] {
  const asked = options.output !== undefined || options.format !== undefined || options.json === undefined;
  if (!asked) return [];
  const format = chooseFormat(options.format, options.output, 'markdown');
  const output = options.output === undefined ? join('reports', `${document.questionnaire.id}-team${format.extension}`) : reportOutputPath(options.output, format, options.cwd);
  if (output === '-') return [{ path: '-', content: renderedFor('-', format, document, [], terminalOf(options)) }];
  return documentFiles(document, format, resolve(options.cwd, output));
}

/** The team, once every input is valid or --skip-invalid left the invalid ones out (their problems joining the notices). */
function acceptedTeam(aggregated: AggregatedInputs, options: TeamOptions & CommandContext, notices: string[]): NonNullable<AggregatedInputs['team']> {
  if (aggregated.problems.length > 0 && !options.skipInvalid) throw new InvalidInputError(aggregated.problems);
  const { style } = terminalOf(options);
  for (const problem of aggregated.problems) notices.push(`${style.red('✖')} ${sanitizeForTerminal(formatProblem(problem))}`);
  if (aggregated.invalid > 0) notices.push(`skipped ${aggregated.invalid} invalid ${aggregated.invalid === 1 ? 'input' : 'inputs'} (--skip-invalid)`);
  if (!aggregated.team) throw new UserError('no valid responses to report on');
  return aggregated.team;
}

/** What went to stdout ("-"), then the paths written: on stderr when stdout carries a document, so `--json - | jq` gets JSON alone. */
function targetLines(targets: readonly FileToWrite[], written: readonly FileToWrite[], cwd: string): Printed[] {
  const onStdout = targets.filter((target) => target.path === '-').map((target) => stdout(target.content.trimEnd()));
  const path = onStdout.length > 0 ? stderr : stdout;
  return [...onStdout, ...written.map((file) => path(shownFrom(cwd, file.path)))];
}

export async function runTeam(inputs: string[], options: TeamOptions & PrintOptions, io: Io): Promise<number> {
  const print = { browser: options.browser, paper: options.paper };
  const result = await applyAsyncCommand(io, (context) => teamCommand(inputs, { ...options, ...context, progress: io.progress }), print);
  appendStepSummary(io, result.stepSummary);
  return result.exitCode;
}
