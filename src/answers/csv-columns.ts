import type { Question, Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { ownValue } from '../util/own.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import { withRecodes, type CellRecode } from './cell-recode.js';
import type { ColumnTarget, LoadedCsvMapping } from './csv-mapping.js';
import { questionsById } from './parse-answers.js';
import type { ColumnHeader, FormTool } from './form-tools/form-tool.js';
import { plainCsv } from './form-tools/plain-csv.js';

export type ColumnRole =
  /** `recode`: how to read this column's cells as the answers an answer file holds (the mapping file's `values` and `offset`, or the tool's codes). */
  | { kind: 'question'; questionId: string; recode?: CellRecode }
  /** One option of a multi-select spread over a column per option: a ticked cell is neither blank nor 0/N/No/False. */
  | { kind: 'option'; questionId: string; option: number; label: string }
  | { kind: 'attribute'; name: string }
  | { kind: 'completed' }
  /** The submission date, blank for a response left unfinished (LimeSurvey's submitdate, Typeform's Submit Date). */
  | { kind: 'submitted' }
  /** True/1 for a finished response, False/0 for one left unfinished (Qualtrics' Finished). */
  | { kind: 'finished' }
  /** `known`: a tool's own metadata column, left out without a warning. */
  | { kind: 'ignored'; known?: boolean };

export interface CsvColumn {
  /** 0-based field index; messages show index + 1. */
  index: number;
  /** The header as messages show it: `Question [Option]` for a column a second header row labels. */
  header: string;
  /** The header text the mapping file names the column by, when it does (Qualtrics' `Q3` rather than its question text). */
  mappedAs?: string;
  role: ColumnRole;
}

/** A multi-select question spread over a column per option, with the options no column was found for. */
export interface OptionColumns {
  questionId: string;
  missing: string[];
}

export interface ResolvedColumns {
  columns: CsvColumn[];
  /** Headers that matched nothing and were not mapped to ignore. */
  unmatched: string[];
  /** Multi-select questions read from option columns that lack a column for some options. */
  partial: OptionColumns[];
  warnings: string[];
  problems: Problem[];
}

/** Headers read as respondent attributes without a mapping (lower-cased). */
const ATTRIBUTE_HEADERS: Record<string, string> = { id: 'id', 'respondent id': 'id', respondent: 'id', name: 'name', role: 'role', team: 'team', site: 'site' };
/** Headers form tools give their submission time (Google, Microsoft and Typeform exports, and ours). */
const COMPLETED_HEADERS = new Set(['timestamp', 'completed', 'completion time', 'submitted at', 'submitted', 'date']);
/** Question types whose numeric codes do not read as their answers: see uncodedQuestions. */
const CODED_TYPES: ReadonlySet<string> = new Set(['rating', 'nps', 'yesno', 'multi']);
/** An option column for an option the questionnaire does not have, whose ticks cannot score anyway: a tool's "Other". */
const OTHER_OPTION = /^other\b/i;

/**
 * Decides what each column holds: the mapping file first, then the tool's own metadata columns,
 * then a question by id or text, a grid row (`Title [Row]`, `Title - Row`) or a multi-select's
 * option column (`Question [Option]`, or a column headed by the option alone), then a known
 * attribute or timestamp header. Unmatched columns are warned about and ignored.
 */
export function resolveColumns(
  file: string,
  headers: readonly (string | ColumnHeader)[],
  questionnaire: Questionnaire,
  loaded?: LoadedCsvMapping,
  tool: FormTool = plainCsv,
  /** Whether the rows hold the tool's numeric codes rather than answer text (see FormTool.codedAnswers). */
  coded = false,
): ResolvedColumns {
  const matcher = questionMatcher(questionnaire);
  const problems: Problem[] = [];
  const unmatched: string[] = [];
  const warned: string[] = [];
  const matched = headers.map((given, index): CsvColumn => {
    const column = typeof given === 'string' ? { header: given, alternatives: [] } : given;
    const header = shownHeader(column);
    const texts = [header, ...column.alternatives.map((text) => text.trim())];
    const mappedText = texts.find((text) => ownValue(loaded?.mapping.columns, text) !== undefined) ?? (ownValue(loaded?.mapping.columns, column.header) !== undefined ? column.header : undefined);
    if (mappedText !== undefined && loaded) {
      const mapped = ownValue(loaded.mapping.columns, mappedText) as ColumnTarget;
      const role = mappedColumnRole(mappedText, mapped, loaded, matcher, problems);
      // `completed` on the tool's submit date keeps what a blank one says: the response is unfinished.
      const known = ownValue(tool.metadata, mappedText.toLowerCase());
      return { index, header, mappedAs: mappedText, role: role.kind === 'completed' && known?.kind === 'submitted' ? known : role };
    }
    const known = texts.map((text) => ownValue(tool.metadata, text.toLowerCase())).find((role) => role !== undefined);
    if (known) return { index, header, role: known.kind === 'ignored' ? { kind: 'ignored', known: true } : known };
    if (header === '' && column.alternatives.every((text) => text.trim() === '')) return { index, header, role: { kind: 'ignored' } };
    const matched = matchQuestionColumn(file, index, column, texts, matcher, problems, warned);
    if (matched) return { index, header, role: matched };
    const key = normalise(header);
    const attribute = ownValue(ATTRIBUTE_HEADERS, key);
    if (attribute) return { index, header, role: { kind: 'attribute', name: attribute } };
    if (COMPLETED_HEADERS.has(key)) return { index, header, role: { kind: 'completed' } };
    unmatched.push(header);
    return { index, header, role: { kind: 'ignored' } };
  });
  // The mapping file's recodes (its `questions:` and each column's own), for every question column however it matched.
  const recoded = withRecodes(matched, questionnaire, loaded);
  const columns = recoded.columns;
  problems.push(...recoded.problems);
  problems.push(...duplicateTargets(file, columns, matcher.questions));
  if (coded) problems.push(...uncodedQuestions(file, columns, questionnaire, tool));
  const read = tool.yesNoCodes ? withYesNoCodes(columns, matcher.questions, tool.yesNoCodes) : columns;
  if (!columns.some((column) => column.role.kind === 'question' || column.role.kind === 'option')) {
    const first = typeof headers[0] === 'string' ? headers[0] : (headers[0]?.header ?? '');
    const semicolons = headers.length === 1 && first.includes(';') ? ' (the header is one column with ";" in it: save the export comma-separated)' : '';
    problems.push({ file, line: 1, message: `no column matches a question of "${questionnaire.id}"${semicolons}; headers must be question ids or question texts, or be named in a mapping file (--map; \`culture-audit map ${file} -q ${questionnaire.id}\` writes a starter)` });
  }
  const texts = headers.flatMap((given) => (typeof given === 'string' ? [given] : [shownHeader(given), given.header, ...given.alternatives]));
  const list = [...warned, ...warnings(file, unmatched, texts, loaded)];
  return { columns: read, unmatched, partial: partialOptions(read, questionnaire), warnings: list, problems };
}

/** The header a person sees for a column: a second header row's label after the question, as `Question [Label]`. */
function shownHeader(column: ColumnHeader): string {
  const header = column.header.trim();
  return column.label ? `${header} [${column.label}]` : header;
}

/** Finds questions by id (exactly, or in another case when only one id reads so) and by text, loosely. */
interface QuestionMatcher {
  questions: ReadonlyMap<string, Question>;
  /** Question ids a text names: by id or by question text. */
  named(text: string): string[];
  /** The option of a multi question a text names, by its label. */
  option(question: Question, text: string): number | undefined;
  /** Multi questions with an option labelled so. */
  optionOwners(text: string): { questionId: string; option: number; label: string }[];
}

function questionMatcher(questionnaire: Questionnaire): QuestionMatcher {
  const questions = questionsById(questionnaire);
  const byText = new Map<string, string[]>();
  const byLower = new Map<string, string[]>();
  const byOption = new Map<string, { questionId: string; option: number; label: string }[]>();
  const add = <T,>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const question of questions.values()) {
    add(byText, normalise(question.text), question.id);
    add(byLower, question.id.toLowerCase(), question.id);
    if (question.type === 'multi') question.options.forEach((option, index) => add(byOption, normalise(option.label), { questionId: question.id, option: index, label: option.label }));
  }
  return {
    questions,
    named(text) {
      if (questions.has(text)) return [text];
      const caseless = byLower.get(text.toLowerCase()) ?? [];
      if (caseless.length > 0) return caseless;
      return byText.get(normalise(text)) ?? [];
    },
    option(question, text) {
      if (question.type !== 'multi') return undefined;
      const wanted = normalise(text);
      const index = question.options.findIndex((option) => normalise(option.label) === wanted);
      return index === -1 ? undefined : index;
    },
    optionOwners: (text) => byOption.get(normalise(text)) ?? [],
  };
}

/**
 * The question a column reads, by its texts: the whole header first; then its parts, for a grid's
 * row or a multi-select's option; then, alone, an option label of one multi-select (Typeform heads
 * each choice's column with the choice).
 */
function matchQuestionColumn(file: string, index: number, column: ColumnHeader, texts: readonly string[], matcher: QuestionMatcher, problems: Problem[], warned: string[]): ColumnRole | undefined {
  const at = { file, line: 1, col: index + 1 };
  const shown = shownHeader(column);
  for (const text of column.label ? texts.slice(1) : texts) {
    const ids = matcher.named(text);
    if (ids.length > 1) problems.push({ ...at, message: `column ${quoted(shown)} matches several questions (${ids.join(', ')}); head it with one id exactly, or map it in a mapping file` });
    if (ids.length === 1) return { kind: 'question', questionId: ids[0] as string };
  }
  for (const [title, row] of headerParts(column, texts)) {
    const [owner] = matcher.named(title).map((id) => matcher.questions.get(id) as Question).filter((question) => question.type === 'multi');
    if (owner) {
      const option = matcher.option(owner, row);
      if (option !== undefined) return { kind: 'option', questionId: owner.id, option, label: owner.options[option]?.label ?? row };
      if (OTHER_OPTION.test(row)) {
        warned.push(`${file}: column ${index + 1} ${quoted(shown)} is an option "${owner.id}" does not have; its ticks are left out`);
        return { kind: 'ignored' };
      }
      problems.push({ ...at, message: `column ${quoted(shown)} is an option question "${owner.id}" does not have (its options: ${owner.options.map((option) => option.label).join(', ')}); map it in a mapping file, or to ignore` });
      return { kind: 'ignored' };
    }
    const ids = matcher.named(row);
    if (ids.length === 1) return { kind: 'question', questionId: ids[0] as string };
  }
  const owners = column.label ? [] : matcher.optionOwners(column.header);
  const [owner] = owners;
  if (owner && owners.length === 1) return { kind: 'option', ...owner };
  return undefined;
}

/** A header's (title, row) readings: a second header row's label, `Title [Row]`, and `Title - Row` at each " - ". */
function headerParts(column: ColumnHeader, texts: readonly string[]): [string, string][] {
  if (column.label) return [[column.header.trim(), column.label]];
  const parts: [string, string][] = [];
  for (const text of texts) {
    const bracket = bracketParts(text);
    if (bracket) parts.push(bracket);
    for (let at = text.indexOf(' - '); at !== -1; at = text.indexOf(' - ', at + 1)) parts.push([text.slice(0, at), text.slice(at + 3)]);
  }
  return parts;
}

/**
 * `Title [Row]` as (title, row): the row is the text in the last brackets, which end the header
 * (spaces aside) and hold no "]"; the title is the text before them, spaces trimmed, and not empty.
 * What /^(.*\S)\s*\[([^\]]+)\]\s*$/s matches, found in one pass from the end: that expression
 * tried every "[" against every position after it, so a header of 100,000 "[" took a second, and a
 * header of a million a minute and a half.
 */
export function bracketParts(text: string): [string, string] | undefined {
  const header = text.trimEnd();
  const close = header.length - 1;
  if (header[close] !== ']') return undefined;
  const after = header.lastIndexOf(']', close - 1);
  for (let open = header.lastIndexOf('[', close - 2); open > Math.max(after, 0); open = header.lastIndexOf('[', open - 1)) {
    const title = header.slice(0, open).trimEnd();
    if (title !== '') return [title, header.slice(open + 1, close)];
  }
  return undefined;
}

/** What a mapping file's entry makes of a column; its recode is added with every other (see withRecodes). */
function mappedColumnRole(header: string, mapped: ColumnTarget, loaded: LoadedCsvMapping, matcher: QuestionMatcher, problems: Problem[]): ColumnRole {
  const role = mappedRole(mapped);
  if (role.kind !== 'question' || matcher.questions.has(role.questionId)) return role;
  const hint = closestMatch(role.questionId, [...matcher.questions.keys()]);
  problems.push({ file: loaded.file, ...loaded.locate(header), message: `column ${quoted(header)} maps to unknown question id ${quoted(role.questionId)}${hint ? ` (did you mean "${hint}"?)` : ''}` });
  return role;
}

/** Yes/no columns without a recode of their own read with the tool's codes (Typeform's 1 and 0); yes and no still read. */
function withYesNoCodes(columns: readonly CsvColumn[], questions: ReadonlyMap<string, Question>, codes: Readonly<Record<string, string>>): CsvColumn[] {
  const recode = (cell: string) => ownValue(codes, cell) ?? cell;
  return columns.map((column) => {
    const role = column.role;
    if (role.kind !== 'question' || role.recode || questions.get(role.questionId)?.type !== 'yesno') return column;
    return { ...column, role: { ...role, recode } };
  });
}

/**
 * In an export of numeric codes, numbers, yes/no and multi-selects need their codes recoded in a
 * mapping file: a 0–10 answer numbered 1–11 would read one point high wherever 11 never occurs,
 * and yes is 1 but no is 2. Scale points and choices are numbered 1…n in the order the form shows
 * them, which is how a position reads (see README, Qualtrics). One problem lists them all.
 */
function uncodedQuestions(file: string, columns: readonly CsvColumn[], questionnaire: Questionnaire, tool: FormTool): Problem[] {
  const questions = questionsById(questionnaire);
  const uncoded = columns.flatMap((column) => {
    const role = column.role;
    if (role.kind !== 'question' || role.recode) return [];
    const question = questions.get(role.questionId);
    return question && CODED_TYPES.has(question.type) ? [`${column.index + 1} ${quoted(column.header, 32, { sayLength: false })} (${question.id})`] : [];
  });
  if (uncoded.length === 0) return [];
  const listed = uncoded.slice(0, 8).join(', ') + (uncoded.length > 8 ? `, and ${uncoded.length - 8} more` : '');
  return [
    {
      file,
      line: 1,
      message: `is a ${tool.title} export of numeric codes, and ${uncoded.length === 1 ? 'this column has' : `${uncoded.length} columns have`} no recode: ${listed}; say what each code means in a mapping file (\`values:\` or \`offset:\`; \`culture-audit map ${file} -q ${questionnaire.id}\` writes a starter)${tool.textExportHint ? `, ${tool.textExportHint}` : ''}`,
    },
  ];
}

/** Multi questions read from option columns, and the options among them with no column. */
function partialOptions(columns: readonly CsvColumn[], questionnaire: Questionnaire): OptionColumns[] {
  const ticked = new Map<string, Set<number>>();
  for (const { role } of columns) if (role.kind === 'option') ticked.set(role.questionId, (ticked.get(role.questionId) ?? new Set()).add(role.option));
  const questions = questionsById(questionnaire);
  const partial: OptionColumns[] = [];
  for (const [questionId, options] of ticked) {
    const question = questions.get(questionId);
    if (question?.type !== 'multi') continue;
    const missing = question.options.filter((_, index) => !options.has(index)).map((option) => option.label);
    if (missing.length > 0) partial.push({ questionId, missing });
  }
  return partial;
}

function mappedRole(target: ColumnTarget): ColumnRole {
  if (typeof target === 'string') {
    if (target === 'ignore') return { kind: 'ignored' };
    if (target === 'completed') return { kind: 'completed' };
    return { kind: 'question', questionId: target };
  }
  return 'question' in target ? { kind: 'question', questionId: target.question } : { kind: 'attribute', name: target.attribute };
}

function duplicateTargets(file: string, columns: readonly CsvColumn[], questions: ReadonlyMap<string, Question>): Problem[] {
  const seen = new Map<string, CsvColumn>();
  const problems: Problem[] = [];
  for (const column of columns) {
    const target = targetOf(column.role);
    if (!target || partOfMulti(column.role, questions)) continue;
    const first = seen.get(target);
    if (first) {
      problems.push({ file, line: 1, col: column.index + 1, message: `columns ${first.index + 1} ${quoted(first.header)} and ${column.index + 1} ${quoted(column.header)} both give ${target}; set one to ignore in a mapping file` });
    } else seen.set(target, column);
  }
  // A question read from one column and from option columns too: its answer would be two answers.
  for (const column of columns) {
    if (column.role.kind !== 'option') continue;
    const whole = seen.get(`question "${column.role.questionId}"`);
    if (whole) problems.push({ file, line: 1, col: column.index + 1, message: `columns ${whole.index + 1} ${quoted(whole.header)} and ${column.index + 1} ${quoted(column.header)} both give question "${column.role.questionId}" (the whole answer and one option); set one to ignore in a mapping file` });
  }
  return problems;
}

/** A column a mapping file points at a multi-select, as one of several (LimeSurvey's `Q[SQ001]` codes, each recoded to its option). */
function partOfMulti(role: ColumnRole, questions: ReadonlyMap<string, Question>): boolean {
  return role.kind === 'question' && role.recode !== undefined && questions.get(role.questionId)?.type === 'multi';
}

/** What a column gives, in a message's words; a column that gives nothing has none. */
function targetOf(role: ColumnRole): string | undefined {
  if (role.kind === 'question') return `question "${role.questionId}"`;
  if (role.kind === 'option') return `option ${quoted(role.label)} of question "${role.questionId}"`;
  if (role.kind === 'attribute') return `attribute "${role.name}"`;
  if (role.kind === 'completed' || role.kind === 'submitted') return 'the completion date';
  if (role.kind === 'finished') return 'whether the response was finished';
  return undefined;
}

function warnings(file: string, unmatched: readonly string[], headers: readonly string[], loaded?: LoadedCsvMapping): string[] {
  const list: string[] = [];
  if (unmatched.length > 0) {
    list.push(`${file}: ignored ${unmatched.length} ${unmatched.length === 1 ? 'column' : 'columns'} matching no question or attribute: ${listed(unmatched)} (map ${unmatched.length === 1 ? 'it' : 'them'} to ignore in a mapping file to silence this)`);
  }
  const present = new Set(headers.map((header) => header.trim()));
  for (const header of Object.keys(loaded?.mapping.columns ?? {})) {
    if (!present.has(header.trim())) list.push(`${loaded?.file}: maps column ${quoted(header)}, which ${file} does not have`);
  }
  return list;
}

/** Headers for a message: quoted, and the first ten of a long list. */
function listed(headers: readonly string[]): string {
  const more = headers.length > 10 ? `, and ${headers.length - 10} more` : '';
  return headers.slice(0, 10).map((header) => quoted(header)).join(', ') + more;
}

/** Header and question text compared loosely: case, spacing, typographic quotes, "1." numbering, a trailing "*". */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    // Escaped: one character beyond Latin-1 in a bundle makes V8 hold all its source as two bytes a character.
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(q?\d+[.):]\s*)/i, '')
    .replace(/\s*\*$/, '')
    .toLowerCase();
}
