import { isScored, type Questionnaire } from '../questionnaire/schema.js';
import type { CsvColumn, OptionColumns } from './csv-columns.js';
import { questionsById } from './parse-answers.js';

/** Which questions of the questionnaire an export has a column for, and which columns it leaves out. */
export interface ExportCoverage {
  /** Questions in the questionnaire. */
  questions: number;
  /** Questions with a column. */
  matched: number;
  /** Scored questions with no column, in questionnaire order: their answers would silently be missing. */
  missingScored: string[];
  /** Multi-selects read from a column per option with no column for some options: their ticks there would be missing. */
  partial: OptionColumns[];
  /** Free-text questions with no column: only comments are missing. */
  missingUnscored: string[];
  /** Columns read as nothing: mapped to ignore, blank-headed, or matching nothing. */
  ignored: number;
  /** Headers that matched nothing (not mapped to ignore): a question may hide behind one. */
  unmatched: string[];
  /** What a question is read from: a column (a CSV export, when absent) or a key (a JSON records file). */
  readFrom?: 'keys';
}

export function exportCoverage(questionnaire: Questionnaire, columns: readonly CsvColumn[], unmatched: readonly string[], partial: readonly OptionColumns[] = []): ExportCoverage {
  const asked = new Set(columns.flatMap(({ role }) => (role.kind === 'question' || role.kind === 'option' ? [role.questionId] : [])));
  return { ...coverageOf(questionnaire, asked, columns.filter((column) => column.role.kind === 'ignored').length, unmatched), partial: [...partial] };
}

/**
 * What a JSON records file covers: a question is asked when any record has its key (SurveyJS
 * leaves an unanswered question's key out, so one record cannot tell), and every ignored key is
 * listed, since a misspelt question id is one of them.
 */
export function recordsCoverage(questionnaire: Questionnaire, keyed: ReadonlySet<string>, ignoredKeys: readonly string[]): ExportCoverage {
  return { ...coverageOf(questionnaire, keyed, ignoredKeys.length, ignoredKeys), readFrom: 'keys' };
}

function coverageOf(questionnaire: Questionnaire, asked: ReadonlySet<string>, ignored: number, unmatched: readonly string[]): ExportCoverage {
  const missing = [...questionsById(questionnaire).values()].filter((question) => !asked.has(question.id));
  return {
    questions: questionsById(questionnaire).size,
    matched: asked.size,
    missingScored: missing.filter(isScored).map((question) => question.id),
    missingUnscored: missing.filter((question) => !isScored(question)).map((question) => question.id),
    partial: [],
    ignored,
    unmatched: [...unmatched],
  };
}
