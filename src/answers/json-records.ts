import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { MAX_INVALID_ROWS, MAX_LABEL_LENGTH, MAX_OPTIONS } from '../util/limits.js';
import { quoted } from '../util/quote.js';
import { readTimestamp } from './timestamp.js';
import { recordsCoverage, type ExportCoverage } from './export-coverage.js';
import { parseAnswers, questionsById } from './parse-answers.js';
import type { RawAnswer, Response } from './schema.js';

// One respondent per JSON object (a SurveyJS results array, an API dump, an NDJSON line). The
// rules (README "JSON and NDJSON responses"), kept few so a reader can predict them:
// - a key that is a question id (exactly) is that question's answer, read by parseAnswer like
//   every other input: a list is a multi answer, true/false yes/no, a number a scale position or rating;
// - `id`, `name`, `role`, `team`, `site` are respondent attributes (text or a number), as the
//   CSV headers of those names are; a `respondent` object gives any attributes, as an answer file's does;
// - `completed`, `submitted` or `timestamp` is the completion date (a year-first ISO date or date-time);
// - `questionnaire` names the questionnaire, and every record of a run must agree with it;
// - any other key is ignored, and listed once per file in a warning;
// - a scored question that no record of the file has a key for is the file's missing question, as
//   a form export's question with no column is (the file's coverage event says which, at its end).

/** Keys read as respondent attributes, as a form export's headers of the same names are. */
const ATTRIBUTE_KEYS = new Set(['id', 'name', 'role', 'team', 'site']);
/** Keys read as the completion date: ours, and the names form tools and APIs commonly give it. */
const COMPLETED_KEYS = new Set(['completed', 'submitted', 'timestamp']);

/**
 * A records file read to its end, as a form export's header event tells its columns: what it
 * covers, how many responses it gave, and the warning about its ignored keys, which a command
 * prints unless it refuses the file for missing questions.
 */
export interface RecordsCoverageEvent {
  kind: 'coverage';
  file: string;
  questionnaire: Questionnaire;
  coverage: ExportCoverage;
  warnings: string[];
  responses: number;
  /** Records with a problem. */
  invalid: number;
}

export type JsonRecordEvent =
  | RecordsCoverageEvent
  | { kind: 'warning'; message: string }
  | { kind: 'response'; response: Response; questionnaire: Questionnaire }
  | { kind: 'problems'; problems: Problem[] };

/** Where a record sits: its line (NDJSON) or its 1-based index in the array (a JSON file). */
export type RecordPosition = { line: number } | { index: number };

export interface JsonRecordsReader {
  /** The record as a response, or its problems. */
  read(record: unknown, at: RecordPosition): JsonRecordEvent;
  /** A record that is not JSON (an NDJSON line) as its problem, counted so the file's summary line counts it invalid. */
  notJson(problem: Problem): JsonRecordEvent;
  /**
   * True once no record can be read (no questionnaire to read them against), or after
   * MAX_INVALID_ROWS invalid ones: the reader should stop.
   */
  readonly stopped: boolean;
  /** What to say once the file is read: its coverage (with the keys ignored), or that it held no record. */
  finish(): JsonRecordEvent[];
}

export interface JsonRecordsOptions {
  /** The questionnaire of the run (--questionnaire, or the one earlier inputs answer), if known. */
  questionnaire?: Questionnaire;
  /** The questionnaire a record's `questionnaire` key names, when the run has none yet; throws a UserError for an unknown id. */
  questionnaireFor: (id: string) => Questionnaire;
}

/** Reads the records of one file, each against the run's questionnaire. No file system of its own. */
export function jsonRecordsReader(file: string, options: JsonRecordsOptions): JsonRecordsReader {
  let questionnaire = options.questionnaire;
  let stopped = false;
  let records = 0;
  let responses = 0;
  let invalid = 0;
  const ignored = new Set<string>();
  /** Question ids some record has a key for, whatever its value. */
  const keyed = new Set<string>();
  const problem = (at: RecordPosition, message: string, key?: string): JsonRecordEvent => counted({ kind: 'problems', problems: [locate(file, at, message, key)] });
  // Every problem is held until the run ends, and a file has no record limit: a file that is not
  // records of this questionnaire at all would otherwise fill memory with them.
  const counted = (event: JsonRecordEvent): JsonRecordEvent => {
    if (event.kind !== 'problems' || ++invalid < MAX_INVALID_ROWS) return event;
    stopped = true;
    return { kind: 'problems', problems: [...event.problems, { file, message: `stopped reading after ${MAX_INVALID_ROWS} invalid records; fix what the problems above say and run again` }] };
  };
  return {
    get stopped() {
      return stopped;
    },
    notJson(problem) {
      records++;
      return counted({ kind: 'problems', problems: [problem] });
    },
    read(record, at) {
      records++;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) return problem(at, `must be an object of answers by question id (got ${describe(record)})`);
      const fields = record as Record<string, unknown>;
      const named = fields['questionnaire'];
      if (named !== undefined && typeof named !== 'string') return problem(at, `must be a questionnaire id (got ${describe(named)})`, 'questionnaire');
      if (!questionnaire) {
        if (named === undefined) {
          stopped = true;
          return problem(at, 'cannot tell which questionnaire these records answer: give --questionnaire <id>, or a `questionnaire` key in each record');
        }
        try {
          questionnaire = options.questionnaireFor(named);
        } catch (error) {
          stopped = true;
          return problem(at, error instanceof Error ? error.message : String(error), 'questionnaire');
        }
      }
      if (named !== undefined && named !== questionnaire.id) return problem(at, `answers questionnaire ${quoted(named)}, but this run reads ${quoted(questionnaire.id)}; give each questionnaire's answers to a run of their own`, 'questionnaire');
      const questions = questionsById(questionnaire);
      for (const key of Object.keys(fields)) if (questions.has(key)) keyed.add(key);
      const event = recordResponse(file, at, fields, questionnaire, ignored);
      if (event.kind === 'response') responses++;
      return counted(event);
    },
    finish() {
      // An empty file among many would otherwise leave no trace.
      if (records === 0) return [{ kind: 'warning', message: `${file}: holds no records` }];
      // No questionnaire: every record was refused for it already.
      if (!questionnaire) return [];
      const keys = [...ignored];
      const listed = keys.slice(0, 10).map((key) => quoted(key)).join(', ') + (keys.length > 10 ? `, and ${keys.length - 10} more` : '');
      const warnings = keys.length === 0 ? [] : [`${file}: ignored ${keys.length} ${keys.length === 1 ? 'key' : 'keys'} matching no question or attribute: ${listed}`];
      return [{ kind: 'coverage', file, questionnaire, coverage: recordsCoverage(questionnaire, keyed, keys), warnings, responses, invalid: records - responses }];
    },
  };
}

function recordResponse(file: string, at: RecordPosition, fields: Record<string, unknown>, questionnaire: Questionnaire, ignored: Set<string>): JsonRecordEvent {
  const questions = questionsById(questionnaire);
  const raw: [string, RawAnswer | undefined][] = [];
  const respondent: Record<string, string> = {};
  const problems: Problem[] = [];
  let completed: string | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (questions.has(key)) {
      if (isRawAnswer(value)) raw.push([key, value]);
      else problems.push(locate(file, at, `must be text, a number, true/false or a list of at most ${MAX_OPTIONS} (got ${describe(value)})`, key));
    } else if (ATTRIBUTE_KEYS.has(key)) {
      problems.push(...addAttribute(respondent, key, value, (message) => locate(file, at, message, key)));
    } else if (key === 'respondent' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [name, attribute] of Object.entries(value)) problems.push(...addAttribute(respondent, name, attribute, (message) => locate(file, at, message, `respondent.${name}`)));
    } else if (COMPLETED_KEYS.has(key)) {
      if (value === null || value === '') continue;
      completed = typeof value === 'string' ? isoDate(value) : undefined;
      if (!completed) problems.push(locate(file, at, `must be a date like 2026-11-20 or 2026-11-20T14:05:00Z (got ${describe(value)})`, key));
    } else if (key !== 'questionnaire') ignored.add(key);
  }
  const { answers, issues } = parseAnswers(questionnaire, raw);
  for (const issue of issues) problems.push(locate(file, at, issue.message, issue.questionId));
  if (problems.length > 0) return { kind: 'problems', problems };
  const source = 'line' in at ? `${file}:${at.line}` : `${file} record ${at.index}`;
  return { kind: 'response', response: { questionnaireId: questionnaire.id, respondent, completed, answers, source }, questionnaire };
}

/** An attribute as text (spacing collapsed, as a CSV cell's is); empty values are left out. */
function addAttribute(respondent: Record<string, string>, name: string, value: unknown, problem: (message: string) => Problem): Problem[] {
  if (value === null || value === '') return [];
  if (typeof value === 'number' && Number.isFinite(value)) respondent[name] = String(value);
  else if (typeof value !== 'string') return [problem(`must be text or a number (got ${describe(value)})`)];
  else if (value.length > MAX_LABEL_LENGTH) return [problem(`is ${value.length} characters long; a respondent attribute may have at most ${MAX_LABEL_LENGTH}`)];
  else respondent[name] = value.replace(/\s+/g, ' ').trim();
  return [];
}

function isRawAnswer(value: unknown): value is RawAnswer {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  return Array.isArray(value) && value.length <= MAX_OPTIONS && value.every((item) => typeof item === 'string' || typeof item === 'number');
}


/** A problem at a record: NDJSON names the line, a JSON array the record's number; `key` the field. */
export function locate(file: string, at: RecordPosition, message: string, key?: string): Problem {
  const field = key === undefined ? undefined : quoted(key, 48, { sayLength: false });
  if ('line' in at) return { file, line: at.line, ...(field ? { path: field } : {}), message };
  return { file, path: field ? `record ${at.index} ${field}` : `record ${at.index}`, message };
}

/**
 * A value as a message shows it: a scalar or a list of them as JSON, shortened; a deeper value
 * only by its kind, since JSON.parse takes nesting far deeper than JSON.stringify can write back.
 */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const flat = !Array.isArray(value) || value.every((item) => item === null || typeof item !== 'object');
  if (typeof value === 'object' && value !== null && !flat) return 'a list holding lists or objects';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return 'an object';
  return quoted(value, 40);
}

/**
 * YYYY-MM-DD of a date or date-time that exists on the calendar, year-first as JSON dumps write
 * them (a slashed date, whose order the text may not fix, is refused rather than guessed).
 */
function isoDate(text: string): string | undefined {
  const reading = readTimestamp(text);
  return reading.kind === 'date' && !/^\s*\d{1,2}\//.test(text) ? reading.date : undefined;
}
