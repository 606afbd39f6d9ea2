import { isScored, type Questionnaire } from '../questionnaire/schema.js';
import { quoted } from '../util/quote.js';
import { escapeUnprintable, yamlScalar } from '../util/yaml-text.js';
import type { ColumnValues } from './column-values.js';
import type { ColumnHeader, FormTool } from './form-tools/form-tool.js';
import { questionsById } from './parse-answers.js';
import { starterColumns, type StarterColumn, type StarterEntry } from './starter-columns.js';
import { suggestRecode, type RecodeSuggestion } from './starter-recodes.js';

export interface StarterInput {
  /** The export, named as the user gave it. */
  file: string;
  questionnaire: Questionnaire;
  /** The export's columns, as its tool's header rows give them. */
  headers: readonly (string | ColumnHeader)[];
  /** The tool that wrote the export (detected from its header rows): its own columns need no entry. */
  tool?: FormTool;
  /** Whether the rows hold the tool's numeric codes (see FormTool.codedAnswers), which number choices from 1. */
  coded?: boolean;
  /** Every row's cells, tallied (see ColumnValues). */
  values: ColumnValues;
  /** Where the starter is written, as the user named it, and whether that is beside the export with its base name; absent when printed. */
  output?: { name: string; beside: boolean };
}

/** Distinct values listed under a column. */
const SHOWN = 10;
/** A comment line's length before it wraps. */
const WIDTH = 100;
const ENTRY = '  ';
const UNDER = '    ';

/**
 * A starter mapping file for an export: valid as written, and reading the export exactly as `team`
 * does without one, plus loose matches by text. Every column has an entry with how sure it is;
 * under it, the values its cells hold; for a question whose cells are codes it cannot read, a
 * suggested `values:` or `offset:` commented out, so nothing is recoded until the user checks it
 * and removes the `# `. Last, the questions no column matched.
 */
export function starterMapping(input: StarterInput): string {
  const { file, questionnaire, values } = input;
  const columns = starterColumns(file, input.headers, questionnaire, input.tool);
  const entries = columns.flatMap((column) => columnLines(column, input));
  const lines = [
    `# A starter mapping file for ${commentText(file)} (${values.rows} ${values.rows === 1 ? 'row' : 'rows'}), written by culture-audit map.`,
    '# Each column has an entry and, after "#", how sure the match is: check those "close to" and',
    '# "no match". Under each, the values its cells hold. A commented `values:` or `offset:` is a',
    '# suggestion for codes its question cannot read: check it, then remove the "# " of its lines.',
    nextStep(file, input.output),
    `questionnaire: ${yamlScalar(questionnaire.id)}`,
    // `columns:` with only comments under it would be null, which the format refuses.
    columns.every((column) => column.entry.kind === 'none') ? 'columns: {}' : 'columns:',
    ...entries,
    ...notInExport(questionnaire, columns),
  ];
  return `${lines.join('\n')}\n`;
}

/** How to use the file once checked: beside the export with its base name, team and import find it themselves. */
function nextStep(file: string, output: StarterInput['output']): string {
  if (output?.beside) return `# Then: culture-audit team ${commentText(file)} (this file sits beside the export, so it is read without --map).`;
  const map = output === undefined ? '<this file>' : commentText(output.name);
  return `# Then: culture-audit team ${commentText(file)} --map ${map} (or save it beside the export as ${commentText(siblingName(file))}).`;
}

/** The name team and import look for beside an export (see load/sibling-mapping.ts). */
export function siblingName(file: string): string {
  return `${file.replace(/\.(csv|xlsx)$/i, '')}.map.yaml`;
}

function columnLines(column: StarterColumn, input: StarterInput): string[] {
  const { entry } = column;
  const cells = cellLines(input.values, column.index);
  if (entry.kind === 'none') return [`${ENTRY}# column ${column.index + 1} ${commentText(column.header)}: ${entry.sure}`, ...cells.map((line) => ENTRY + line)];
  const key = yamlScalar(column.header);
  const suggestion = entry.kind === 'question' ? suggestRecode(entry.question, input.questionnaire, input.values.of(column.index), input.coded) : undefined;
  if (entry.kind === 'question' && suggestion) {
    return [`${ENTRY}${key}: # ${entry.sure}`, `${UNDER}question: ${yamlScalar(entry.question.id)}`, ...cells.map((line) => UNDER + line), ...suggestionLines(entry.question.id, suggestion).map((line) => UNDER + line)];
  }
  return [`${ENTRY}${key}: ${target(entry)} # ${entry.sure}`, ...cells.map((line) => UNDER + line)];
}

function target(entry: Exclude<StarterEntry, { kind: 'none' }>): string {
  if (entry.kind === 'attribute') return `{ attribute: ${yamlScalar(entry.name)} }`;
  if (entry.kind !== 'question') return entry.kind;
  const id = entry.question.id;
  // A question whose id reads as a keyword of the format is named in the long form.
  return id === 'ignore' || id === 'completed' ? `{ question: ${id} }` : yamlScalar(id);
}

/** The column's values, most frequent first, as comment lines: quoted and escaped, so no cell can end a comment. */
function cellLines(values: ColumnValues, index: number): string[] {
  const counted = values.of(index);
  const shown = counted.slice(0, SHOWN).map(({ value, count }) => `${commentText(value, 40)} (${count})`);
  const hidden = counted.length - SHOWN;
  if (values.more(index)) shown.push(`and more than ${Math.max(hidden, 0)} other values`);
  else if (hidden > 0) shown.push(`and ${hidden} other ${hidden === 1 ? 'value' : 'values'}`);
  const blank = values.blank(index);
  if (blank > 0) shown.push(`blank (${blank})`);
  return wrap('# cells:', shown.length === 0 ? ['none'] : shown);
}

/** Items joined by ", " into comment lines of about WIDTH characters; an item longer than a line gets one of its own. */
function wrap(first: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = first;
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line !== first && line !== '#  ' && line.length + piece.length + 1 > WIDTH) {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${piece}`;
  }
  return [...lines, line];
}

function suggestionLines(id: string, suggestion: RecodeSuggestion): string[] {
  if (suggestion.kind === 'offset') {
    return [`# offset: ${suggestion.offset} # "${id}" reads every cell once shifted by ${suggestion.offset} (${suggestion.example}): check, then remove the "# "`];
  }
  const lines = suggestion.codes.map(({ code, count, answer }) => {
    const rows = `${count} ${count === 1 ? 'row' : 'rows'}`;
    // The format refuses this key (see yaml-structure.ts): a comment even when uncommented.
    if (code === '__proto__') return `#   # "__proto__": ${rows}; a mapping file cannot recode this code`;
    const note = answer === undefined ? `${rows}; no guess: write its answer` : answer === null ? `${rows}; ~ leaves it unanswered` : rows;
    const value = answer === undefined ? '"?"' : answer === null ? '~' : yamlScalar(answer);
    return `#   ${yamlScalar(code)}: ${value} # ${note}`;
  });
  // With no code it could recode, an uncommented `values:` would be an empty mapping, which the format refuses.
  const header = suggestion.codes.some(({ code }) => code !== '__proto__')
    ? `# values: # codes "${id}" cannot read as they are: check each answer, then remove the "# " of these lines`
    : `# codes "${id}" cannot read as they are, and a mapping file cannot recode them:`;
  return [header, ...lines];
}

function notInExport(questionnaire: Questionnaire, columns: readonly StarterColumn[]): string[] {
  const read = new Set(columns.flatMap((column) => (column.entry.kind === 'question' ? [column.entry.question.id] : [])));
  const missing = [...questionsById(questionnaire).values()].filter((question) => !read.has(question.id));
  if (missing.length === 0) return [];
  return [
    '# Questions no column reads: name a column for each above, or, when the form did not ask it, accept',
    '# it with --allow-missing (a free-text question needs nothing).',
    ...missing.map((question) => `# not in this export: ${question.id} (${commentText(question.text, 60)})${isScored(question) ? '' : ', free text'}`),
  ];
}

/** Text from the export or the questionnaire inside a comment: quoted, cut short, with every line break escaped. */
function commentText(text: string, max = 80): string {
  return escapeUnprintable(quoted(text, max, { sayLength: false }));
}

