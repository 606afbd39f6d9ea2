import { join, relative, resolve } from 'node:path';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { teamJson } from '../../formats/team-json/write.js';
import type { TeamDocument } from '../../report/formats/documents.js';
import { renderTeamStepSummary } from '../../report/team-step-summary.js';
import { renderTeamSummary } from '../../report/terminal/team-summary.js';
import { ExitCode, formatProblem, InvalidInputError, UserError } from '../../util/errors.js';
import { expandInputs } from '../../load/input-files.js';
import { jsonText } from '../../util/json-text.js';
import { appendToFile } from '../../write/append-file.js';
import { writeFilesAtomic } from '../../write/write-files.js';
import { sanitizeForTerminal, type Io } from '../io.js';
import { chooseFormat, renderedFor } from './deliver.js';
import { chartsBeside } from './report-files.js';
import { aggregateInputs } from './team-inputs.js';
import { teamExtras, loadPreviousTeam } from './team-extras.js';
import { thresholdFailures } from './thresholds.js';

export interface TeamOptions {
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
  compare?: string;
  /** The report's format: markdown (default), json or terminal; an -o ending says it too. */
  format?: string;
}

/** Attributes that identify a person: grouping by them would name respondents in the report. */
const PERSONAL = new Set(['name', 'id']);

export async function runTeam(inputs: string[], options: TeamOptions, io: Io): Promise<number> {
  if (options.groupBy && PERSONAL.has(options.groupBy.toLowerCase())) {
    throw new UserError(`--group-by ${options.groupBy} would show single people in the report; group by role, team, site or another shared attribute`);
  }
  if (options.output === '-' && options.json === '-') throw new UserError('-o - and --json - cannot both use stdout; write one of them to a file');
  const previous = options.compare ? loadPreviousTeam(options.compare, options.questionnaire, io) : undefined;
  const files = expandInputs(inputs, io.cwd);
  const mapping = options.map ? loadCsvMapping(resolve(io.cwd, options.map)) : undefined;
  const aggregated = await aggregateInputs(
    files,
    { questionnaire: options.questionnaire, mapping, groupBy: options.groupBy, minGroup: options.minGroup },
    io,
  );
  if (aggregated.problems.length > 0 && !options.skipInvalid) throw new InvalidInputError(aggregated.problems);
  for (const problem of aggregated.problems) io.err(`${io.style.red('✖')} ${sanitizeForTerminal(formatProblem(problem))}`);
  if (aggregated.invalid > 0) io.err(`skipped ${aggregated.invalid} invalid ${aggregated.invalid === 1 ? 'input' : 'inputs'} (--skip-invalid)`);
  if (!aggregated.team) throw new UserError('no valid responses to report on');

  const { accumulator, questionnaire } = aggregated.team;
  const summary = accumulator.summary();
  const skipped = aggregated.invalid;
  const jsonObject = teamJson(summary, { skipped });
  const { snapshot, sinceLastTime, charts } = teamExtras(jsonObject, questionnaire, previous);
  const document: TeamDocument = { kind: 'team', questionnaire, summary, snapshot, skipped, ...(sinceLastTime ? { sinceLastTime } : {}), charts };
  const format = chooseFormat(options.format, options.output, 'markdown');
  const reportPath = options.output ?? join('reports', `${questionnaire.id}-team${format.extension}`);
  const beside = reportPath !== '-' && format.chartFiles ? chartsBeside(resolve(io.cwd, reportPath), charts()) : { links: [], files: [] };
  const targets = [
    { path: reportPath, text: renderedFor(reportPath, format, document, beside.links, io) },
    ...beside.files.map((file) => ({ path: file.path, text: file.content })),
    ...(options.json ? [{ path: options.json, text: `${jsonText(jsonObject)}\n` }] : []),
  ];
  writeTargets(targets, options.force, io);

  const failures = thresholdFailures([{ name: 'team', score: summary.overall.stats.mean, redFlags: summary.redFlags.length }], options);
  const stdoutTaken = targets.some((target) => target.path === '-');
  (stdoutTaken ? io.err : io.out)(renderTeamSummary(summary, snapshot, questionnaire, io.style, io.columns));
  for (const failure of failures) io.err(io.style.red(`✖ ${failure}`));
  appendStepSummary(io, renderTeamStepSummary(summary, failures));
  return failures.length > 0 ? ExitCode.ThresholdMissed : ExitCode.Ok;
}

/** Writes the files (nothing, if any is refused), then prints what went to stdout and the paths written. */
function writeTargets(targets: readonly { path: string; text: string }[], force: boolean | undefined, io: Io): void {
  const files = targets.filter((target) => target.path !== '-').map((target) => ({ path: resolve(io.cwd, target.path), content: target.text }));
  const shown = (path: string) => relative(io.cwd, path) || path;
  writeFilesAtomic(files, { force, shown });
  for (const target of targets) {
    if (target.path === '-') io.out(target.text.trimEnd());
  }
  for (const file of files) io.out(shown(file.path));
}

/** GitHub Actions shows this file on the job page; other steps append to it too, so never overwrite. */
function appendStepSummary(io: Io, text: string): void {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    appendToFile(path, text);
  } catch (error) {
    io.err(`warning: could not append to GITHUB_STEP_SUMMARY (${error instanceof Error ? error.message : String(error)})`);
  }
}
