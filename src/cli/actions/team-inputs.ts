import type { LoadedCsvMapping } from '../../answers/csv-mapping.js';
import { readResponses } from '../../load/read-responses.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { scoringPlan } from '../../scoring/scoring-plan.js';
import { sheetReader } from '../../scoring/sheet-reader.js';
import { TeamAccumulator } from '../../scoring/team/team-aggregate.js';
import type { Problem } from '../../util/errors.js';
import { sanitizeForTerminal, type Io } from '../io.js';

export interface AggregatedInputs {
  /** Undefined when no input was valid. */
  team?: { accumulator: TeamAccumulator; questionnaire: Questionnaire };
  problems: Problem[];
  /** Inputs (files, or CSV rows) that were invalid. */
  invalid: number;
}

const PROGRESS_EVERY = 25;

/**
 * Streams every input through scoring into the team accumulator, one response at a time: nothing
 * per respondent is kept here. Warnings go to stderr as they come; problems are collected.
 */
export async function aggregateInputs(
  files: readonly string[],
  options: { questionnaire?: string; mapping?: LoadedCsvMapping; groupBy?: string; minGroup: number },
  io: Io,
): Promise<AggregatedInputs> {
  const result: AggregatedInputs = { problems: [], invalid: 0 };
  const total = files.some((file) => /\.csv$/i.test(file)) ? '' : `/${files.length}`;
  const cells = (questionnaire: Questionnaire) => (ids: readonly string[]) => sheetReader(scoringPlan(questionnaire), ids);
  for await (const batch of readResponses(files, { cwd: io.cwd, questionnaire: options.questionnaire, mapping: options.mapping, cells })) {
    for (const event of batch) {
      if (event.kind === 'warning') {
        io.progress('');
        io.err(`warning: ${sanitizeForTerminal(event.message)}`);
      } else if (event.kind === 'problems') {
        result.problems.push(...event.problems);
        result.invalid++;
      } else {
        result.team ??= { accumulator: new TeamAccumulator(event.questionnaire, { groupBy: options.groupBy, minGroup: options.minGroup }), questionnaire: event.questionnaire };
        if (event.kind === 'response') result.team.accumulator.addResponse(event.response);
        else result.team.accumulator.add({ respondent: event.row.respondent, completed: event.row.completed, sheet: event.row.cells.sheet, comments: event.row.cells.comments });
        const count = result.team.accumulator.count;
        if (count % PROGRESS_EVERY === 0) io.progress(`scored ${count}${total}`);
      }
    }
  }
  io.progress('');
  return result;
}
