import { withHeapGrowthHeld } from '../../boot/heap-growth.js';
import { collapseColumnProblems } from '../../answers/column-problems.js';
import type { LoadedCsvMapping } from '../../answers/csv-mapping.js';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import type { AllowMissing } from '../../answers/missing-columns.js';
import type { InputFile } from '../../load/input-files.js';
import { isJsonRecordsFile } from '../../load/json-responses.js';
import type { OtherInputKind } from '../../load/other-input-kind.js';
import { readResponses } from '../../load/read-responses.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { scoringPlan } from '../../scoring/scoring-plan.js';
import { sheetReader } from '../../scoring/sheet-reader.js';
import { TeamAccumulator } from '../../scoring/team/team-aggregate.js';
import { InvalidInputError, type Problem } from '../../util/errors.js';
import { ExportTally } from './export-tally.js';

export interface AggregatedInputs {
  /** Undefined when no input was valid. */
  team?: { accumulator: TeamAccumulator; questionnaire: Questionnaire };
  problems: Problem[];
  /** Inputs (files, or CSV rows) that were invalid. */
  invalid: number;
  /** Mapping files and questionnaires found in folders or by patterns, and left out. */
  skippedOthers: SkippedOthers;
  /** One line per form export read, for stderr (see ExportTally). */
  exportSummaries: string[];
  /** Scored questions an export had no column for, accepted with --allow-missing. */
  notAsked: string[];
}

export interface SkippedOthers {
  count: Record<OtherInputKind, number>;
  /** The folders and patterns they were found in, as given, each once. */
  foundIn: string[];
}

export interface AggregateOptions {
  /** Inputs and questionnaire references are read against this folder. */
  cwd: string;
  questionnaire?: string;
  mapping?: LoadedCsvMapping;
  groupBy?: string;
  minGroup: number;
  /** Scored questions a form export may lack a column for (--allow-missing). */
  allowMissing?: AllowMissing;
  /** The tool every CSV input comes from (--from); detected from each export's header otherwise. */
  from?: FormToolName;
  /** Leave out responses the tool marks unfinished (--complete-only). */
  completeOnly?: boolean;
  /** The sheet of each .xlsx input (--sheet). */
  sheet?: string;
  /** Each warning as it comes, so it is kept even when a later input fails. */
  onWarning: (message: string) => void;
  /** A one-line status ("scored 25/300"), "" to clear it. */
  progress?: (text: string) => void;
}

const PROGRESS_EVERY = 25;

/** An answer file (one respondent) by its name: YAML, or JSON that is not an array of records. */
function isAnswerFileName(file: string, cwd: string): boolean {
  return /\.ya?ml$/i.test(file) || (/\.json$/i.test(file) && !isJsonRecordsFile(file, cwd));
}

/**
 * Streams every input through scoring into the team accumulator, one response at a time: nothing
 * per respondent is kept here. Warnings go to `onWarning` as they come; problems are collected.
 */
export async function aggregateInputs(files: readonly InputFile[], options: AggregateOptions): Promise<AggregatedInputs> {
  const result: AggregatedInputs = { problems: [], invalid: 0, skippedOthers: { count: { mapping: 0, questionnaire: 0 }, foundIn: [] }, exportSummaries: [], notAsked: [] };
  const exports = new ExportTally(options.allowMissing, options.completeOnly);
  const progress = options.progress ?? (() => undefined);
  // Out of how many, only when that is known: the number of files is the number of respondents
  // only when every file is an answer file, not an export or a records file of many.
  const total = files.every((input) => isAnswerFileName(input.file, options.cwd)) ? `/${files.length}` : '';
  const cells = (questionnaire: Questionnaire) => (ids: readonly string[]) => sheetReader(scoringPlan(questionnaire), ids);
  // A records file refused at its end has had its responses counted: --skip-invalid cannot leave it out.
  let refusedRecords = false;
  const reading = { cwd: options.cwd, questionnaire: options.questionnaire, mapping: options.mapping, tool: options.from, sheet: options.sheet, cells };
  for await (const batch of withHeapGrowthHeld(readResponses(files, reading))) {
    for (const event of batch) {
      if (event.kind === 'warning') {
        options.onWarning(event.message);
      } else if (event.kind === 'header') {
        const { problem, warnings } = exports.header(event);
        warnings.forEach(options.onWarning);
        if (problem) result.problems.push(problem);
        if (problem) result.invalid++;
      } else if (event.kind === 'coverage') {
        const { problem, warnings } = exports.recordsFile(event);
        warnings.forEach(options.onWarning);
        if (problem) result.problems.push(problem);
        if (problem) refusedRecords = true;
      } else if (event.kind === 'skipped') {
        const skipped = result.skippedOthers;
        skipped.count[event.as]++;
        if (!skipped.foundIn.includes(event.foundIn)) skipped.foundIn.push(event.foundIn);
      } else if (event.kind === 'problems') {
        const problems = exports.problems(event.problems);
        result.problems.push(...problems);
        if (problems.length > 0) result.invalid++;
      } else if (event.kind === 'row' && !exports.response(event.row.unfinished)) {
        continue;
      } else {
        result.team ??= { accumulator: new TeamAccumulator(event.questionnaire, { groupBy: options.groupBy, minGroup: options.minGroup }), questionnaire: event.questionnaire };
        if (event.kind === 'response') result.team.accumulator.addResponse(event.response);
        else result.team.accumulator.add({ respondent: event.row.respondent, completed: event.row.completed, sheet: event.row.cells.sheet, comments: event.row.cells.comments, ticks: event.row.cells.ticks });
        const count = result.team.accumulator.count;
        if (count % PROGRESS_EVERY === 0) progress(`scored ${count}${total}`);
      }
    }
  }
  progress('');
  if (refusedRecords) throw new InvalidInputError(collapseColumnProblems(result.problems));
  return { ...result, problems: collapseColumnProblems(result.problems), exportSummaries: exports.summaryLines(), notAsked: exports.notAsked() };
}
