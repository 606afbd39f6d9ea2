import type { Questionnaire } from '../questionnaire/schema.js';
import type { Problem } from '../util/errors.js';
import { ownValue } from '../util/own.js';
import { quoted } from '../util/quote.js';
import { closestMatch } from '../util/suggest.js';
import { withRecodes, type CellRecode } from './cell-recode.js';
import type { ColumnTarget, LoadedCsvMapping } from './csv-mapping.js';
import { questionsById } from './parse-answers.js';

export type ColumnRole =
  /** `recode`: the mapping file's `values` and `offset` for this column, when it has them. */
  | { kind: 'question'; questionId: string; recode?: CellRecode }
  | { kind: 'attribute'; name: string }
  | { kind: 'completed' }
  | { kind: 'ignored' };

export interface CsvColumn {
  /** 0-based field index; messages show index + 1. */
  index: number;
  header: string;
  role: ColumnRole;
}

export interface ResolvedColumns {
  columns: CsvColumn[];
  /** Headers that matched nothing and were not mapped to ignore. */
  unmatched: string[];
  warnings: string[];
  problems: Problem[];
}

/** Headers read as respondent attributes without a mapping (lower-cased). */
const ATTRIBUTE_HEADERS: Record<string, string> = { id: 'id', 'respondent id': 'id', respondent: 'id', name: 'name', role: 'role', team: 'team', site: 'site' };
/** Headers form tools give their submission time (Google, Microsoft and Typeform exports, and ours). */
const COMPLETED_HEADERS = new Set(['timestamp', 'completed', 'completion time', 'submitted at', 'submitted', 'date']);

/**
 * Decides what each CSV column holds: the mapping file first, then a question id or question
 * text, then a known attribute or timestamp header. Unmatched columns are warned about and ignored.
 */
export function resolveColumns(file: string, headers: readonly string[], questionnaire: Questionnaire, loaded?: LoadedCsvMapping): ResolvedColumns {
  const questions = questionsById(questionnaire);
  const byText = new Map<string, string[]>();
  for (const question of questions.values()) byText.set(normalise(question.text), [...(byText.get(normalise(question.text)) ?? []), question.id]);
  const problems: Problem[] = [];
  const unmatched: string[] = [];
  const matched = headers.map((raw, index): CsvColumn => {
    const header = raw.trim();
    const mapped = ownValue(loaded?.mapping.columns, header) ?? ownValue(loaded?.mapping.columns, raw);
    if (mapped !== undefined && loaded) {
      const role = mappedRole(mapped);
      if (role.kind !== 'question') return { index, header, role };
      const question = questions.get(role.questionId);
      if (!question) {
        const hint = closestMatch(role.questionId, [...questions.keys()]);
        problems.push({ file: loaded.file, ...loaded.locate(header), message: `column ${quoted(header)} maps to unknown question id ${quoted(role.questionId)}${hint ? ` (did you mean "${hint}"?)` : ''}` });
        return { index, header, role };
      }
      return { index, header, role };
    }
    const key = normalise(header);
    if (key === '') return { index, header, role: { kind: 'ignored' } };
    // A header spelt as an id names that question; in another case only when no other id reads the same (A1 and a1 are two questions).
    const caseless = questions.has(header) ? [header] : [...questions.keys()].filter((id) => id.toLowerCase() === key);
    if (caseless.length > 1) {
      problems.push({ file, line: 1, col: index + 1, message: `column ${quoted(header)} matches the ids of several questions in another case (${caseless.join(', ')}); head it with one id exactly, or map it in a mapping file` });
    }
    if (caseless.length === 1) return { index, header, role: { kind: 'question', questionId: caseless[0] as string } };
    const textMatches = byText.get(key) ?? [];
    if (textMatches.length > 1) {
      problems.push({ file, line: 1, col: index + 1, message: `column ${quoted(header)} matches the text of several questions (${textMatches.join(', ')}); map it by id in a mapping file` });
    }
    if (textMatches.length === 1) return { index, header, role: { kind: 'question', questionId: textMatches[0] as string } };
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
  problems.push(...duplicateTargets(file, columns));
  if (!columns.some((column) => column.role.kind === 'question')) {
    const semicolons = headers.length === 1 && (headers[0] ?? '').includes(';') ? ' (the header is one column with ";" in it: save the export comma-separated)' : '';
    problems.push({ file, line: 1, message: `no column matches a question of "${questionnaire.id}"${semicolons}; headers must be question ids or question texts, or be named in a mapping file (--map)` });
  }
  return { columns, unmatched, warnings: warnings(file, unmatched, headers, loaded), problems };
}

function mappedRole(target: ColumnTarget): ColumnRole {
  if (typeof target === 'string') {
    if (target === 'ignore') return { kind: 'ignored' };
    if (target === 'completed') return { kind: 'completed' };
    return { kind: 'question', questionId: target };
  }
  return 'question' in target ? { kind: 'question', questionId: target.question } : { kind: 'attribute', name: target.attribute };
}

function duplicateTargets(file: string, columns: readonly CsvColumn[]): Problem[] {
  const seen = new Map<string, CsvColumn>();
  const problems: Problem[] = [];
  for (const column of columns) {
    const role = column.role;
    const target = role.kind === 'question' ? `question "${role.questionId}"` : role.kind === 'attribute' ? `attribute "${role.name}"` : role.kind === 'completed' ? 'the completion date' : undefined;
    if (!target) continue;
    const first = seen.get(target);
    if (first) {
      problems.push({ file, line: 1, col: column.index + 1, message: `columns ${first.index + 1} ${quoted(first.header)} and ${column.index + 1} ${quoted(column.header)} both give ${target}; set one to ignore in a mapping file` });
    } else seen.set(target, column);
  }
  return problems;
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
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(q?\d+[.):]\s*)/i, '')
    .replace(/\s*\*$/, '')
    .toLowerCase();
}
