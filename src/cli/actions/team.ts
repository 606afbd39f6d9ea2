import { resolve } from 'node:path';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import { checkAllowMissing } from '../../answers/missing-columns.js';
import { teamJson } from '../../formats/team-json/write.js';
import type { TeamDocument } from '../../report/formats/documents.js';
import { renderTeamStepSummary } from '../../report/team-step-summary.js';
import { teamActionsJson } from '../../report/team/actions.js';
import { renderTeamSummary } from '../../report/terminal/team-summary.js';
import { ExitCode, UserError } from '../../util/errors.js';
import { jsonText } from '../../util/json-text.js';
import { applyAsyncCommand } from '../apply-result.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { gatheringNotices, stderr, terminalOf, type CommandContext, type CommandResult, type Printed } from '../command-result.js';
import type { Io } from '../io.js';
import { DEFAULT_MIN_GROUP } from '../../scoring/team/groups.js';
import { prepareTeamInputs, readTeam } from './team-reading.js';
import { reportTargets, targetLines } from './report-targets.js';
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
  const prepared = prepareTeamInputs(inputs, options);
  return gatheringNotices(async (notices) => {
    const team = await readTeam(prepared, options, notices);
    checkAllowMissing(prepared.allowMissing, team.questionnaire);
    const { summary, skipped, notAsked } = team;
    const jsonObject = teamJson(summary, { skipped, notAsked, actions: teamActionsJson(summary, team.questionnaire) });
    const { snapshot, sinceLastTime, charts } = teamExtras(jsonObject, team.questionnaire, previous, summary);
    const document: TeamDocument = { kind: 'team', questionnaire: team.questionnaire, summary, snapshot, skipped, notAsked, ...(sinceLastTime ? { sinceLastTime } : {}), handover, charts };
    const terminal = terminalOf(options);
    const targets = [...reportTargets(document, options, `${team.questionnaire.id}-team`), ...(options.json ? [{ path: options.json, content: `${jsonText(jsonObject)}\n` }] : [])];
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

export async function runTeam(inputs: string[], options: TeamOptions & PrintOptions, io: Io): Promise<number> {
  const print = { browser: options.browser, paper: options.paper };
  const result = await applyAsyncCommand(io, (context) => teamCommand(inputs, { ...options, ...context, progress: io.progress }), print);
  appendStepSummary(io, result.stepSummary);
  return result.exitCode;
}
