import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonRecordEvent } from '../../../src/answers/json-records.js';
import { readJsonResponses } from '../../../src/load/json-responses.js';
import { formatProblem } from '../../../src/util/errors.js';
import { MAX_JSON_ARRAY_BYTES } from '../../../src/util/limits.js';
import { tempDir } from '../../helpers/cli.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const options = { questionnaire: tinyQuestionnaire, questionnaireFor: () => tinyQuestionnaire };

async function eventsOf(name: string, text: string): Promise<JsonRecordEvent[]> {
  const cwd = tempDir();
  writeFileSync(join(cwd, name), text);
  const events: JsonRecordEvent[] = [];
  for await (const batch of readJsonResponses(name, cwd, options)) events.push(...batch);
  return events;
}

const said = (events: readonly JsonRecordEvent[]) => events.flatMap((event) => (event.kind === 'problems' ? event.problems.map(formatProblem) : event.kind === 'warning' ? [`warning: ${event.message}`] : []));

describe('a JSON array of records, read whole', () => {
  it('past its size limit, is refused with a message that points to NDJSON', async () => {
    const record = '{"q1": "Agree", "q5": "a comment long enough to fill the file a little faster"},\n';
    const text = `[${record.repeat(Math.ceil(MAX_JSON_ARRAY_BYTES / record.length))}{"q1": 4}]`;
    expect(said(await eventsOf('big.json', text))).toEqual([
      `big.json: is ${(MAX_JSON_ARRAY_BYTES / 1024 / 1024).toFixed(1)} MB; a JSON array is read whole, so it may be at most ${MAX_JSON_ARRAY_BYTES / 1024 / 1024} MB: write the records as NDJSON (.ndjson, one object per line), which is read line by line and has no size limit`,
    ]);
  });

  it('that is no array or not JSON gets that one problem, not also a warning that it holds no records', async () => {
    expect(said(await eventsOf('object.json', '{"q1": 4}'))).toEqual(['object.json: must be an array of records, one object per respondent']);
    expect(said(await eventsOf('broken.json', '[{"q1": 4},\n{"q1": }]'))).toEqual([expect.stringMatching(/^broken\.json(:2)?: is not valid JSON: /)]);
  });

  it('that is empty is named in a warning, and NDJSON of any number of records has no limit', async () => {
    expect(said(await eventsOf('empty.json', '[]'))).toEqual(['warning: empty.json: holds no records']);
    const many = await eventsOf('many.ndjson', '{"q1": 4, "q2": 2, "q3": "yes", "q4": 7}\n'.repeat(30_000));
    expect(many.filter((event) => event.kind === 'response')).toHaveLength(30_000);
    expect(many.at(-1)).toMatchObject({ kind: 'coverage', responses: 30_000, invalid: 0 });
  });

  it('stops after 10,000 invalid records or lines, as every problem is held until the run ends, and says nothing of coverage', async () => {
    const stop = 'stopped reading after 10000 invalid records; fix what the problems above say and run again';
    const lines = said(await eventsOf('bad.ndjson', `{"q1": 4}\n${'not json\n'.repeat(5_000)}${'{"q4": "eleven"}\n'.repeat(5_005)}`));
    expect(lines).toHaveLength(10_001);
    expect(lines.at(-1)).toBe(`bad.ndjson: ${stop}`);
    const array = await eventsOf('bad.json', JSON.stringify(Array.from({ length: 10_005 }, () => 'x')));
    expect(said(array).at(-1)).toBe(`bad.json: ${stop}`);
    expect(array.some((event) => event.kind === 'coverage')).toBe(false);
  });
});
