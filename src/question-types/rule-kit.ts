import type { DataPath } from '../util/data-path.js';
import { quoted } from '../util/quote.js';

// Semantic rules run on the raw parsed data, even when the schema check failed, so one run
// reports every problem in the file at once: these helpers read loose values without trusting them.

export interface RuleViolation {
  path: DataPath;
  message: string;
  /** Point at the key rather than its value (e.g. a recommendations band label). */
  atKey?: boolean;
}

/** A question's rules see the questionnaire's named scales. */
export interface RuleContext {
  scaleNames: string[];
}

export type Loose = Record<string, unknown>;

export const record = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function checkUniqueLabels(labels: (string | undefined)[], path: DataPath, out: RuleViolation[], field?: string): void {
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    if (label === undefined) return;
    const key = label.trim().toLowerCase();
    if (seen.has(key)) {
      out.push({ path: field ? [...path, i, field] : [...path, i], message: `duplicate label ${quoted(label)}; answers name labels, so each must be unique` });
    }
    seen.add(key);
  });
}

/** Options' labels are unique; returns their scores when every option has one (else undefined). */
export function checkOptionLabels(question: Loose, path: DataPath, out: RuleViolation[]): number[] | undefined {
  const options = list(question.options).map(record);
  const scores = options.map((option) => num(option?.score)).filter((s): s is number => s !== undefined);
  checkUniqueLabels(options.map((option) => text(option?.label)), [...path, 'options'], out, 'label');
  return scores.length !== options.length || scores.length === 0 ? undefined : scores;
}
