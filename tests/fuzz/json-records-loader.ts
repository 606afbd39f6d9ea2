import { Readable } from 'node:stream';
import { jsonRecordsReader, type JsonRecordEvent } from '../../src/answers/json-records.js';
import { arrayBatches, lineBatches } from '../../src/load/json-responses.js';
import { decodeInputText } from '../../src/load/read-input.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { renderTeamReport } from '../../src/report/team-markdown.js';
import { teamJson } from '../../src/formats/team-json/write.js';
import { scoreResponse } from '../../src/scoring/score-response.js';
import { TeamAccumulator } from '../../src/scoring/team/team-aggregate.js';
import { InvalidInputError, UserError, type Problem } from '../../src/util/errors.js';
import type { Loader } from './loaders.js';

/**
 * The JSON records reader under fuzz, on bytes in memory: a JSON array when the bytes start with
 * `[` (read whole, as a .json file is), else NDJSON line by line; then what `team` does with the
 * responses. Problems end as one InvalidInputError, as `team` reports them.
 */
export function jsonRecordsLoader(questionnaire: Questionnaire): Loader {
  return async (bytes) => {
    const unknown = (id: string): never => {
      throw new UserError(`unknown questionnaire "${id}"`);
    };
    const reader = jsonRecordsReader('fuzz.json', { questionnaire, questionnaireFor: unknown });
    const array = /^\uFEFF?\s*\[/.test(Buffer.from(bytes.subarray(0, 64)).toString('utf8'));
    const batches: AsyncIterable<JsonRecordEvent[]> | Iterable<JsonRecordEvent[]> = array ? arrayBatches('fuzz.json', decodeInputText('fuzz.json', bytes), reader) : lineBatches('fuzz.json', Readable.from([Buffer.from(bytes)]), reader);
    const team = new TeamAccumulator(questionnaire, { groupBy: 'team', minGroup: 1 });
    const problems: Problem[] = [];
    for await (const batch of batches) {
      for (const event of batch) {
        if (event.kind === 'problems') problems.push(...event.problems);
        else if (event.kind === 'response') team.add(scoreResponse(questionnaire, event.response));
      }
    }
    for (const warning of reader.finish()) if (warning.kind === 'warning' && warning.message.trim() === '') throw new Error('a warning without a message');
    const summary = team.summary();
    renderTeamReport(summary, questionnaire);
    JSON.stringify(teamJson(summary));
    if (problems.length > 0) throw new InvalidInputError(problems);
  };
}
