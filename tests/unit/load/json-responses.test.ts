import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { responseCells } from '../../../src/answers/csv-row.js';
import { jsonRecordsReader, type JsonRecordEvent } from '../../../src/answers/json-records.js';
import { loadAnswerFile } from '../../../src/load/answer-file.js';
import { expandInputFiles } from '../../../src/load/input-files.js';
import { isJsonRecordsFile, lineBatches, readJsonResponses } from '../../../src/load/json-responses.js';
import { loadQuestionnaire } from '../../../src/load/questionnaire.js';
import { readResponses, type InputEvent } from '../../../src/load/read-responses.js';
import { formatProblem } from '../../../src/util/errors.js';
import { MAX_INPUT_BYTES } from '../../../src/util/limits.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'json-responses');
const serviceCulture = loadQuestionnaire('service-culture', repoRoot).questionnaire;
const options = { questionnaire: serviceCulture, questionnaireFor: () => serviceCulture };

async function eventsOf(file: string, cwd = fixtures): Promise<JsonRecordEvent[]> {
  const events: JsonRecordEvent[] = [];
  for await (const batch of readJsonResponses(file, cwd, options)) events.push(...batch);
  return events;
}

/** The events of NDJSON bytes given in these chunks, read against the tiny questionnaire. */
async function linesOf(chunks: (string | Buffer)[]): Promise<JsonRecordEvent[]> {
  const events: JsonRecordEvent[] = [];
  const reader = jsonRecordsReader('x.ndjson', { questionnaire: tinyQuestionnaire, questionnaireFor: () => tinyQuestionnaire });
  const input = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  for await (const batch of lineBatches('x.ndjson', input, reader)) events.push(...batch);
  return events;
}

const problems = (events: readonly JsonRecordEvent[]) => events.flatMap((event) => (event.kind === 'problems' ? event.problems.map(formatProblem) : []));
const responses = (events: readonly JsonRecordEvent[]) => events.flatMap((event) => (event.kind === 'response' ? [event.response] : []));

describe('isJsonRecordsFile', () => {
  it('is true for .ndjson and .jsonl, and for a .json file whose top level is an array', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'array.json'), '\uFEFF \n [ {} ]');
    writeFileSync(join(cwd, 'answers.json'), '{"questionnaire": "service-culture"}');
    expect(isJsonRecordsFile('array.json', cwd)).toBe(true);
    expect(isJsonRecordsFile('answers.json', cwd)).toBe(false);
    expect(isJsonRecordsFile('missing.json', cwd)).toBe(false);
    expect(isJsonRecordsFile('results.NDJSON', cwd)).toBe(true);
    expect(isJsonRecordsFile('results.jsonl', cwd)).toBe(true);
    expect(isJsonRecordsFile('answers.yaml', cwd)).toBe(false);
  });
});

describe('readJsonResponses', () => {
  it('reads the six respondents of the SurveyJS array and of the NDJSON as their answer files read', async () => {
    const expected = [1, 2, 3, 4, 5, 6].map((n) => loadAnswerFile(join(repoRoot, 'examples', 'team', 'answers', `front-line-0${n}.yaml`), { cwd: repoRoot }).response);
    const strip = (response: { source: string }) => ({ ...response, source: '' });
    for (const file of ['surveyjs-results.json', 'surveyjs-results.ndjson']) {
      const events = await eventsOf(file);
      expect(problems(events)).toEqual([]);
      expect(responses(events).map(strip)).toEqual(expected.map(strip));
    }
  });

  it('names the record of a bad array element and the line of a bad NDJSON line, and reads on', async () => {
    const array = await eventsOf('bad-records.json');
    expect(problems(array)).toEqual([
      'bad-records.json record 2: must be an object of answers by question id (got "Jade Okafor")',
      expect.stringMatching(/^bad-records\.json record 3 "leaders-model-service": must be a scale position 1\.\.5/),
    ]);
    expect(responses(array)).toHaveLength(1);
    expect(array.at(-1)).toMatchObject({ kind: 'coverage', file: 'bad-records.json', responses: 1, invalid: 2, warnings: ['bad-records.json: ignored 1 key matching no question or attribute: "surveyjs-extra"'] });
    const lines = await eventsOf('bad-lines.ndjson');
    expect(problems(lines)).toEqual([expect.stringMatching(/^bad-lines\.ndjson:3:1: is not valid JSON: /), 'bad-lines.ndjson:4:1 "feedback-led-to-visible-change": must be yes or no (got "maybe")']);
    expect(responses(lines)).toHaveLength(1);
    // The line that is not JSON counts as an invalid record in the file's summary line too.
    expect(lines.at(-1)).toMatchObject({ kind: 'coverage', responses: 1, invalid: 2 });
  });

  it('refuses a .json file that is not JSON, or is missing, in one sentence', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'broken.json'), '[\n  {"q1": 1},\n  {"q1": }\n]');
    expect(problems(await eventsOf('broken.json', cwd))).toEqual([expect.stringMatching(/^broken\.json(:3:1)?: is not valid JSON: /)]);
    expect(problems(await eventsOf('missing.ndjson', cwd))).toEqual([expect.stringMatching(/^missing\.ndjson: /)]);
  });
});

describe('lineBatches', () => {
  it('reads lines split across chunks, CRLF, a BOM, blank lines and a last line without a newline', async () => {
    const events = await linesOf(['\uFEFF{"q1": "Agr', 'ee"}\r\n\r\n{"q1": 2', '}\n{"q1": 3}']);
    expect(problems(events)).toEqual([]);
    expect(responses(events).map((response) => response.source)).toEqual(['x.ndjson:1', 'x.ndjson:3', 'x.ndjson:4']);
  });

  it('names a line that is not UTF-8, and a line longer than the limit, which ends the file', async () => {
    expect(problems(await linesOf([Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), '{"q1": 1}\n']))).toEqual(['x.ndjson:1:1: is not UTF-8 text']);
    const long = await linesOf(['{"q1": 1}\n', `{"q5": "${'x'.repeat(MAX_INPUT_BYTES)}`, '"}\n{"q1": 1}\n']);
    expect(problems(long)).toEqual([`x.ndjson:2:1: has a line longer than ${MAX_INPUT_BYTES} bytes; each line must be one record`]);
    expect(responses(long)).toHaveLength(1);
  });
});

describe('readResponses with JSON records', () => {
  it('picks up .ndjson and .jsonl files in a folder, and takes the questionnaire the first record names for the rest', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'answers'));
    copyFileSync(join(fixtures, 'surveyjs-results.ndjson'), join(cwd, 'answers', 'a.ndjson'));
    writeFileSync(join(cwd, 'answers', '0-named.jsonl'), '{"questionnaire": "service-culture", "id": "r-99", "leaders-model-service": "Agree"}\n');
    const events: InputEvent<unknown>[] = [];
    for await (const batch of readResponses(expandInputFiles(['answers'], cwd), { cwd, cells: responseCells })) events.push(...batch);
    // Each file ends with its coverage event: which questions its records have keys for.
    expect(events.map((event) => event.kind)).toEqual(['response', 'coverage', ...Array(6).fill('response'), 'coverage']);
  });
});
