import type { Questionnaire } from '../questionnaire/schema.js';
import { UserError, type Problem } from '../util/errors.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import type { ExportCoverage } from './export-coverage.js';
import { questionsById } from './parse-answers.js';

/** `--allow-missing`: every question, or these ids, may have no column in an export. */
export type AllowMissing = 'all' | ReadonlySet<string>;

/** `--allow-missing a,b` or `all`, as given; the ids are checked against the questionnaire by checkAllowMissing. */
export function parseAllowMissing(value: string | undefined): AllowMissing | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.includes('all')) return 'all';
  if (ids.length === 0) throw new UserError('--allow-missing needs question ids (comma-separated) or all');
  return new Set(ids);
}

/** An id in --allow-missing that is not a question is a typo that would let the question it meant go missing. */
export function checkAllowMissing(allow: AllowMissing | undefined, questionnaire: Questionnaire): void {
  if (allow === undefined || allow === 'all') return;
  const ids = [...questionsById(questionnaire).keys()];
  for (const id of allow) {
    if (questionsById(questionnaire).has(id)) continue;
    const hint = closestMatch(id, ids);
    throw new UserError(`--allow-missing: ${quoted(id)} is not a question of "${questionnaire.id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
}

/**
 * The scored questions an export has no column for, or no column for some of their options, that
 * --allow-missing does not accept.
 */
export function refusedMissing(coverage: ExportCoverage, allow: AllowMissing | undefined): string[] {
  if (allow === 'all') return [];
  return [...coverage.missingScored, ...coverage.partial.map((partial) => partial.questionId)].filter((id) => !allow?.has(id));
}

const LISTED = 8;

/**
 * The one message that refuses an export for scored questions with no column: without it they
 * would count as unanswered and every mean they feed would be wrong with exit 0.
 */
export function missingColumnsProblem(file: string, questionnaire: Questionnaire, coverage: ExportCoverage, refused: readonly string[]): Problem {
  const questions = questionsById(questionnaire);
  const partial = new Map(coverage.partial.map((entry) => [entry.questionId, entry.missing]));
  const named = refused.slice(0, LISTED).map((id) => {
    const options = partial.get(id);
    if (options) return `${id} (no column for ${options.length === 1 ? 'option' : 'options'} ${options.map((label) => quoted(label, 32, { sayLength: false })).join(', ')})`;
    return `${id} (${quoted(questions.get(id)?.text ?? '', 40, { sayLength: false })})`;
  });
  const more = refused.length > LISTED ? `, and ${refused.length - LISTED} more` : '';
  const words = coverage.readFrom === 'keys' ? KEY_WORDS : COLUMN_WORDS;
  const fix = coverage.readFrom === 'keys' ? KEY_FIX : `name a column for each in a mapping file (${mapCommand(file, questionnaire.id)} writes a starter; see README, Form exports)`;
  const ignored = coverage.unmatched.length === 0 ? words.noneLeft : `${words.unmatched}: ${listedHeaders(coverage.unmatched)}`;
  const whole = refused.some((id) => !partial.has(id));
  const lacking = whole ? words.none : 'missing columns';
  const count = `${refused.length} scored ${refused.length === 1 ? 'question has' : 'questions have'} ${lacking}`;
  return {
    file,
    ...(coverage.readFrom === 'keys' ? {} : { line: 1 }),
    message: `${count}: ${named.join(', ')}${more}; ${ignored}; ${fix}, or accept it with --allow-missing <ids|all>`,
  };
}

/** The message's words for a CSV export's columns and for a JSON records file's keys. */
const COLUMN_WORDS = {
  none: 'no column',
  noneLeft: 'no column was left unmatched',
  unmatched: 'unmatched columns',
};
const KEY_WORDS = {
  none: 'no key in any record',
  noneLeft: 'no key was ignored',
  unmatched: 'ignored keys',
};
const KEY_FIX = 'write each as its question id in the records (see README, JSON and NDJSON responses)';

/** The `map` command that writes a starter mapping file for an export, as a user can paste it into a shell. */
export function mapCommand(file: string, questionnaire = '<questionnaire>'): string {
  const arg = (text: string) => (/^[\w./@:+-]+$/.test(text) || text === '<questionnaire>' ? text : `'${text.replace(/'/g, `'\\''`)}'`);
  return `\`culture-audit map ${arg(file)} -q ${arg(questionnaire)}\``;
}

function listedHeaders(headers: readonly string[]): string {
  const more = headers.length > LISTED ? `, and ${headers.length - LISTED} more` : '';
  return headers.slice(0, LISTED).map(shortHeader).join(', ') + more;
}

/** A long header cut in the middle: its end is what tells a grid row (`Title [Row]`) or an option column apart. */
function shortHeader(header: string): string {
  const flat = header.replace(/\s+/g, ' ');
  if (flat.length <= 48) return quoted(flat);
  return `${quoted(flat.slice(0, 24), 24, { sayLength: false }).slice(0, -1)}…${quoted(flat.slice(-20), 20, { sayLength: false }).slice(1)}`;
}
