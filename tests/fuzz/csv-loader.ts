import { Readable } from 'node:stream';
import { readCsvStream } from '../../src/load/form-export.js';
import type { LoadedCsvMapping } from '../../src/answers/csv-mapping.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { renderTeamReport } from '../../src/report/team-markdown.js';
import { teamJson } from '../../src/formats/team-json/write.js';
import { scoreResponse } from '../../src/scoring/score-response.js';
import { TeamAccumulator } from '../../src/scoring/team/team-aggregate.js';
import { InvalidInputError, type Problem } from '../../src/util/errors.js';
import type { Loader } from './loaders.js';

/**
 * The CSV reader under fuzz, on bytes in memory, followed by what `team` does with its rows:
 * scoring, aggregation grouped by team, the Markdown and JSON reports. Row problems end as one
 * InvalidInputError, as `team` reports them; a warning must be a sentence.
 */
function checkWarning(message: unknown): void {
  if (typeof message !== 'string' || message.trim() === '') throw new Error(`a warning without a message: ${JSON.stringify(message)}`);
}

export function csvLoader(questionnaire: Questionnaire, mapping?: LoadedCsvMapping): Loader {
  return async (bytes) => {
    const team = new TeamAccumulator(questionnaire, { groupBy: 'team', minGroup: 1 });
    const problems: Problem[] = [];
    for await (const event of readCsvStream('fuzz.csv', Readable.from([Buffer.from(bytes)]), questionnaire, { mapping })) {
      if (event.kind === 'problems') problems.push(...event.problems);
      else if (event.kind === 'response') team.add(scoreResponse(questionnaire, event.response));
      else if (event.kind === 'header') event.warnings.forEach((message) => checkWarning(message));
      else checkWarning(event.message);
    }
    const summary = team.summary();
    renderTeamReport(summary, questionnaire);
    JSON.stringify(teamJson(summary));
    if (problems.length > 0) throw new InvalidInputError(problems);
  };
}
