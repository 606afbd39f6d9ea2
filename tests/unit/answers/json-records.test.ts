import { describe, expect, it } from 'vitest';
import { jsonRecordsReader, type JsonRecordEvent } from '../../../src/answers/json-records.js';
import { formatProblem, UserError } from '../../../src/util/errors.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

/** The records of results.json, for a run that reads tiny (`known`) or has yet to learn its questionnaire. */
const reader = (known = true) =>
  jsonRecordsReader('results.json', {
    questionnaire: known ? tinyQuestionnaire : undefined,
    questionnaireFor: (id) => {
      if (id === 'tiny') return tinyQuestionnaire;
      throw new UserError(`unknown questionnaire "${id}"`);
    },
  });

function response(event: JsonRecordEvent) {
  if (event.kind !== 'response') throw new Error(`expected a response, got ${JSON.stringify(event)}`);
  return event.response;
}

const messages = (event: JsonRecordEvent) => (event.kind === 'problems' ? event.problems.map(formatProblem) : []);

describe('jsonRecordsReader', () => {
  it('reads question ids as answers, read as an answer file reads them: true/false yes/no, numbers positions and ratings', () => {
    const read = response(reader().read({ q1: 'Agree', q2: 2, q3: true, q4: 7, q5: 'More staff on Saturdays' }, { index: 1 }));
    expect(read.answers).toEqual({
      q1: { kind: 'likert', position: 4 },
      q2: { kind: 'likert', position: 2 },
      q3: { kind: 'yesno', yes: true },
      q4: { kind: 'rating', value: 7 },
      q5: { kind: 'text', text: 'More staff on Saturdays' },
    });
    expect(read.source).toBe('results.json record 1');
  });

  it('reads id, name, role, team and site as attributes (numbers as text), a respondent object, and the completion date', () => {
    const read = response(reader().read({ id: 17, name: ' Jade  Okafor ', team: 'north', respondent: { tenure: 3 }, completed: '2026-11-16T18:50:10Z', q1: 'Agree' }, { line: 4 }));
    expect(read.respondent).toEqual({ id: '17', name: 'Jade Okafor', team: 'north', tenure: '3' });
    expect(read.completed).toBe('2026-11-16');
    expect(read.source).toBe('results.json:4');
    expect(response(reader().read({ submitted: '2026-11-20', q1: 1 }, { index: 1 })).completed).toBe('2026-11-20');
    expect(response(reader().read({ timestamp: null, q1: 1 }, { index: 1 })).completed).toBeUndefined();
    // A day the calendar does not have is refused, not rolled over into March.
    expect(messages(reader().read({ completed: '2026-02-30', q1: 1 }, { index: 2 }))).toEqual(['results.json record 2 "completed": must be a date like 2026-11-20 or 2026-11-20T14:05:00Z (got "2026-02-30")']);
  });

  it('lists the keys it ignored once per file, in one warning', () => {
    const records = reader();
    records.read({ q1: 'Agree', HappendAt: 'x', pageNo: 2 }, { index: 1 });
    records.read({ q1: 'Agree', pageNo: 3 }, { index: 2 });
    expect(records.finish()).toMatchObject([{ kind: 'coverage', warnings: ['results.json: ignored 2 keys matching no question or attribute: "HappendAt", "pageNo"'] }]);
    expect(reader().finish()).toEqual([{ kind: 'warning', message: 'results.json: holds no records' }]);
  });

  it('ends a file with its coverage: a question is asked when any record has its key, whatever its value; the rest are missing', () => {
    const records = reader();
    // SurveyJS leaves an unanswered question's key out: q4 in one record is enough.
    records.read({ q1: 'Agree', q2: null, qq3: true }, { index: 1 });
    records.read({ q1: 'Mostly', q4: 7 }, { index: 2 });
    const [event] = records.finish();
    if (event?.kind !== 'coverage') throw new Error(`expected the coverage, got ${JSON.stringify(event)}`);
    expect(event.coverage).toEqual({ questions: 5, matched: 3, missingScored: ['q3'], missingUnscored: ['q5'], partial: [], ignored: 1, unmatched: ['qq3'], readFrom: 'keys' });
    expect({ responses: event.responses, invalid: event.invalid }).toEqual({ responses: 1, invalid: 1 });
    expect(event.warnings).toEqual(['results.json: ignored 1 key matching no question or attribute: "qq3"']);
  });

  it('has no coverage to give when no record could name the questionnaire', () => {
    const records = reader(false);
    records.read({ q1: 'Agree' }, { index: 1 });
    expect(records.finish()).toEqual([]);
  });

  it('refuses a record that is not an object, naming its number or line', () => {
    expect(messages(reader().read('Jade', { index: 2 }))).toEqual(['results.json record 2: must be an object of answers by question id (got "Jade")']);
    expect(messages(reader().read([1, 2], { line: 3 }))).toEqual(['results.json:3:1: must be an object of answers by question id (got [1,2])']);
    expect(messages(reader().read(null, { index: 1 }))).toEqual(['results.json record 1: must be an object of answers by question id (got null)']);
  });

  it('names the record and the key of a bad answer, attribute or date', () => {
    const event = reader().read({ q1: 'Mostly', q3: 'maybe', q4: { value: 3 }, team: ['a'], completed: '16/11/2026' }, { index: 3 });
    expect(messages(event)).toEqual([
      'results.json record 3 "q4": must be text, a number, true/false or a list of at most 50 (got an object)',
      'results.json record 3 "team": must be text or a number (got ["a"])',
      'results.json record 3 "completed": must be a date like 2026-11-20 or 2026-11-20T14:05:00Z (got "16/11/2026")',
      expect.stringMatching(/^results\.json record 3 "q1": must be a scale position 1\.\.5 or one of: /),
      'results.json record 3 "q3": must be yes or no (got "maybe")',
    ]);
  });

  it('names a deeply nested value by its kind, never writing it back (the fuzzer found 50,000 levels overflowing the stack)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(messages(reader().read({ q1: deep, respondent: { site: deep }, team: { deep } }, { line: 1 }))).toEqual([
      'results.json:1:1 "q1": must be text, a number, true/false or a list of at most 50 (got a list holding lists or objects)',
      'results.json:1:1 "respondent.site": must be text or a number (got a list holding lists or objects)',
      'results.json:1:1 "team": must be text or a number (got an object)',
    ]);
  });

  it('takes the questionnaire a record names when the run has none, and refuses a record naming another', () => {
    const records = reader(false);
    expect(response(records.read({ questionnaire: 'tiny', q1: 'Agree' }, { index: 1 })).questionnaireId).toBe('tiny');
    expect(response(records.read({ q1: 'Agree' }, { index: 2 })).questionnaireId).toBe('tiny');
    expect(messages(records.read({ questionnaire: 'other', q1: 'Agree' }, { index: 3 }))).toEqual([
      'results.json record 3 "questionnaire": answers questionnaire "other", but this run reads "tiny"; give each questionnaire\'s answers to a run of their own',
    ]);
    expect(records.stopped).toBe(false);
  });

  it('stops when it cannot tell the questionnaire, or the one named is unknown', () => {
    const unnamed = reader(false);
    expect(messages(unnamed.read({ q1: 'Agree' }, { index: 1 }))[0]).toMatch(/cannot tell which questionnaire these records answer: give --questionnaire <id>/);
    expect(unnamed.stopped).toBe(true);
    const unknown = reader(false);
    expect(messages(unknown.read({ questionnaire: 'nope' }, { line: 1 }))).toEqual(['results.json:1:1 "questionnaire": unknown questionnaire "nope"']);
    expect(unknown.stopped).toBe(true);
  });
});
