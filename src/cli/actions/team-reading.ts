import { resolve } from 'node:path';
import type { LoadedCsvMapping } from '../../answers/csv-mapping.js';
import { parseAllowMissing, type AllowMissing } from '../../answers/missing-columns.js';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { expandInputFiles, type InputFile } from '../../load/input-files.js';
import { sheetOptionMisuse } from '../../load/workbook/export-reader.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { formatProblem, InvalidInputError, UserError } from '../../util/errors.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { terminalOf, type CommandContext } from '../command-result.js';
import { skippedOthersNote } from './skipped-others-note.js';
import { aggregateInputs, type AggregatedInputs } from './team-inputs.js';
import type { ExportReadOptions } from './export-responses.js';

/** How `team` (and `mirror`, once per side) reads its inputs: the options they share with `import`, and their own. */
export interface TeamReadingOptions extends ExportReadOptions, CommandContext {
  groupBy?: string;
  minGroup: number;
  skipInvalid?: boolean;
  progress?: (text: string) => void;
  /** Which team this is, where a command reads two ("customers"): named when it has no valid response. */
  side?: string;
}

/** Inputs checked before the (possibly long) reading: the files found, the mapping, --allow-missing. */
export interface PreparedInputs {
  files: InputFile[];
  mapping?: LoadedCsvMapping;
  allowMissing?: AllowMissing;
}

/** One team, read: its questionnaire, its summary, and what was left out. */
export interface TeamRead {
  questionnaire: Questionnaire;
  summary: TeamSummary;
  /** Inputs left out with --skip-invalid. */
  skipped: number;
  /** Scored questions an export had no column for, accepted with --allow-missing. */
  notAsked: string[];
}

/** Finds the inputs and reads the mapping, so a missing file or a bad option fails before anything is read. */
export function prepareTeamInputs(inputs: readonly string[], options: TeamReadingOptions): PreparedInputs {
  const files = expandInputFiles(inputs, options.cwd);
  const sheetMisuse = sheetOptionMisuse(options.sheet, files.map((input) => input.file));
  if (sheetMisuse) throw new UserError(sheetMisuse);
  const mapping = options.map ? loadCsvMapping(resolve(options.cwd, options.map)) : undefined;
  return { files, mapping, allowMissing: parseAllowMissing(options.allowMissing) };
}

/**
 * Streams the inputs into one team summary; warnings, skipped inputs and each export's summary line
 * join `notices`. Invalid inputs fail the whole read unless --skip-invalid leaves them out.
 */
export async function readTeam(prepared: PreparedInputs, options: TeamReadingOptions, notices: string[]): Promise<TeamRead> {
  const onWarning = (message: string) => void notices.push(`warning: ${sanitizeForTerminal(message)}`);
  const aggregated = await aggregateInputs(prepared.files, { ...options, mapping: prepared.mapping, allowMissing: prepared.allowMissing, onWarning });
  const skippedNote = skippedOthersNote(aggregated.skippedOthers);
  if (skippedNote) notices.push(sanitizeForTerminal(skippedNote));
  notices.push(...aggregated.exportSummaries.map(sanitizeForTerminal));
  const team = acceptedTeam(aggregated, options, notices);
  return { questionnaire: team.questionnaire, summary: team.accumulator.summary(), skipped: aggregated.invalid, notAsked: aggregated.notAsked };
}

/** The team, once every input is valid or --skip-invalid left the invalid ones out (their problems joining the notices). */
function acceptedTeam(aggregated: AggregatedInputs, options: TeamReadingOptions, notices: string[]): NonNullable<AggregatedInputs['team']> {
  if (aggregated.problems.length > 0 && !options.skipInvalid) throw new InvalidInputError(aggregated.problems);
  const { style } = terminalOf(options);
  for (const problem of aggregated.problems) notices.push(`${style.red('✖')} ${sanitizeForTerminal(formatProblem(problem))}`);
  if (aggregated.invalid > 0) notices.push(`skipped ${aggregated.invalid} invalid ${aggregated.invalid === 1 ? 'input' : 'inputs'} (--skip-invalid)`);
  if (!aggregated.team) throw new UserError(options.side ? `no valid responses to report on for the ${options.side}` : 'no valid responses to report on');
  return aggregated.team;
}
