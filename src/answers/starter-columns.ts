import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { similarity } from '../util/similarity.js';
import { quoted } from '../util/quote.js';
import { normalise, resolveColumns } from './csv-columns.js';
import type { ColumnHeader, FormTool } from './form-tools/form-tool.js';
import { plainCsv } from './form-tools/plain-csv.js';
import { questionsById } from './parse-answers.js';

/** What a starter mapping file says a column is, and how sure it is. */
export type StarterEntry =
  | { kind: 'question'; question: Question; sure: string }
  | { kind: 'attribute'; name: string; sure: string }
  | { kind: 'completed'; sure: string }
  | { kind: 'ignore'; sure: string }
  /** A blank header, or one an earlier column has: a mapping file cannot name it apart, so it gets no entry. */
  | { kind: 'none'; sure: string };

export interface StarterColumn {
  index: number;
  header: string;
  entry: StarterEntry;
}

/** The lowest similarity (see similarity.ts) written as a column's entry; below it the column is ignored, with the closest question named. */
const FUZZY_FROM = 0.6;
/** The lowest similarity worth naming as the closest question of an unmatched column. */
const HINT_FROM = 0.3;
/** Headers survey tools give the respondent's id that resolveColumns does not know (Qualtrics' ResponseId, LimeSurvey's "Response ID"). */
/** The note of a column resolveColumns left unmatched, until matchLoosely decides what it is. */
const OPEN = 'no match';
/** A word naming a respondent attribute in a header such as "Your role" or "Which team are you in?". */
const ATTRIBUTE_WORD = /\b(name|role|team|site|department|location)\b/i;
const ID_HEADER = /^(response|respondent|submission|record)[ _-]?id$/i;

/**
 * Each column's best match, as `team` would read the export without a mapping file (resolveColumns),
 * so the starter file changes nothing that already works; then, for the columns that match nothing,
 * the question whose text is most alike among those no column has, each question given once.
 */
export function starterColumns(file: string, headers: readonly (string | ColumnHeader)[], questionnaire: Questionnaire, tool: FormTool = plainCsv): StarterColumn[] {
  const resolved = resolveColumns(file, headers, questionnaire, undefined, tool);
  const questions = questionsById(questionnaire);
  const taken = new Map<string, number>();
  const keys = new Map<string, number>();
  const out = resolved.columns.map((column): StarterColumn => {
    const { index, header, role } = column;
    const same = keys.get(header);
    if (header === '') return { index, header, entry: { kind: 'none', sure: 'no header: read as nothing' } };
    // YAML readers would set the prototype of the columns object; the format refuses the key.
    if (header === '__proto__') return { index, header, entry: { kind: 'none', sure: 'a mapping file cannot name this header: read as nothing' } };
    if (same !== undefined) return { index, header, entry: { kind: 'none', sure: `the same header as column ${same + 1}, whose entry it shares` } };
    keys.set(header, index);
    if (role.kind === 'ignored' && ID_HEADER.test(header) && !taken.has('attribute "id"')) {
      taken.set('attribute "id"', index);
      return { index, header, entry: { kind: 'attribute', name: 'id', sure: "respondent id, by the column's name" } };
    }
    // What the tool's layout reads with no entry (an option's column, its status and own columns) needs none.
    if (role.kind === 'option') return { index, header, entry: { kind: 'none', sure: `option ${quoted(role.label, 40)} of "${role.questionId}", read without an entry` } };
    if (role.kind === 'submitted' || role.kind === 'finished') return { index, header, entry: { kind: 'none', sure: `${tool.title}'s completion status, read without an entry` } };
    if (role.kind === 'ignored' && role.known) return { index, header, entry: { kind: 'none', sure: `${tool.title}'s own column, left out without an entry` } };
    if (role.kind === 'ignored') return { index, header, entry: { kind: 'ignore', sure: OPEN } };
    const target = role.kind === 'question' ? `question "${role.questionId}"` : role.kind === 'attribute' ? `attribute "${role.name}"` : 'the completion date';
    const first = taken.get(target);
    if (first !== undefined) return { index, header, entry: { kind: 'ignore', sure: `also ${target}, as column ${first + 1} is: a mapping reads each from one column` } };
    taken.set(target, index);
    if (role.kind === 'attribute') return { index, header, entry: { kind: 'attribute', name: role.name, sure: 'attribute' } };
    if (role.kind === 'completed') return { index, header, entry: { kind: 'completed', sure: 'completion date' } };
    const question = questions.get(role.questionId) as Question;
    const sure = header === question.id ? 'exact id' : header.toLowerCase() === question.id.toLowerCase() ? 'id, in another case' : normalise(header) === normalise(question.text) ? 'question text' : 'question text, as a grid row';
    return { index, header, entry: { kind: 'question', question, sure } };
  });
  const free = [...questions.values()].filter((question) => !taken.has(`question "${question.id}"`));
  return matchLoosely(out, free);
}

/**
 * Greedy, best pair first: each unmatched column gets at most one question, each question at most
 * one column. A column equally alike two questions (two questions with one text) gets neither.
 */
function matchLoosely(columns: StarterColumn[], free: readonly Question[]): StarterColumn[] {
  const open = columns.filter((column) => column.entry.sure === OPEN);
  const pairs = open.flatMap((column) => free.map((question) => ({ column, question, score: likeness(column.header, question) })));
  pairs.sort((a, b) => b.score - a.score || a.column.index - b.column.index);
  const ranked = new Map<number, { question: Question; score: number }[]>();
  for (const { column, question, score } of pairs) ranked.set(column.index, [...(ranked.get(column.index) ?? []), { question, score }]);
  const matched = new Map<number, StarterEntry>();
  const used = new Set<string>();
  for (const { column, question, score } of pairs) {
    if (score < FUZZY_FROM || matched.has(column.index) || used.has(question.id) || tied(ranked.get(column.index))) continue;
    matched.set(column.index, { kind: 'question', question, sure: `close to the text of "${question.id}" (${score.toFixed(2)})` });
    used.add(question.id);
  }
  const attributes = new Set(columns.flatMap((column) => (column.entry.kind === 'attribute' ? [column.entry.name] : [])));
  return columns.map((column) => {
    if (!open.includes(column)) return column;
    const entry = matched.get(column.index) ?? byAttributeWord(column.header, attributes) ?? unmatched(ranked.get(column.index) ?? []);
    return { ...column, entry };
  });
}

/** Whether a column's two best questions are equally alike, and alike enough to be taken. */
function tied(ranked: readonly { score: number }[] | undefined): boolean {
  const [first, second] = ranked ?? [];
  return first !== undefined && second !== undefined && first.score >= FUZZY_FROM && first.score - second.score < 1e-9;
}

function byAttributeWord(header: string, attributes: Set<string>): StarterEntry | undefined {
  const word = ATTRIBUTE_WORD.exec(header)?.[1]?.toLowerCase();
  if (word === undefined || attributes.has(word)) return undefined;
  attributes.add(word);
  return { kind: 'attribute', name: word, sure: `attribute, by the word "${word}" in the header` };
}

function unmatched(ranked: readonly { question: Question; score: number }[]): StarterEntry {
  const sure = 'no match: write a question id, or ignore';
  if (tied(ranked)) {
    const ids = ranked.filter((candidate) => candidate.score === ranked[0]?.score).map((candidate) => `"${candidate.question.id}"`);
    return { kind: 'ignore', sure: `${sure} (as alike ${ids.join(', ')}, ${ranked[0]?.score.toFixed(2)})` };
  }
  const near = ranked[0];
  return { kind: 'ignore', sure: near && near.score >= HINT_FROM ? `${sure} (closest: "${near.question.id}", ${near.score.toFixed(2)})` : sure };
}

/**
 * How alike a header is to a question: to its text, to the part in brackets (a grid row or option,
 * `Title [Row]`), or to its id spelt with spaces. Compared as resolveColumns compares text.
 */
function likeness(header: string, question: Question): number {
  const text = normalise(question.text);
  const candidates = [normalise(header)];
  const bracketed = /\[([^\]]+)\]\s*$/.exec(header)?.[1];
  if (bracketed) candidates.push(normalise(bracketed));
  const id = normalise(question.id.replace(/[-_.]+/g, ' '));
  return Math.max(...candidates.flatMap((candidate) => [similarity(candidate, text), similarity(candidate, id)]));
}
