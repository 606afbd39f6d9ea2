import { quoted } from '../util/quote.js';
import type { ParsedAnswer, RawAnswer } from './raw-answer.js';

// How the question types read raw values, shared so every type reads labels and numbers alike.

// `\d+(\.\d*)?`, not `\d+\.?\d*`: the latter backtracks quadratically on a long run of digits
// that ends in a letter (40,000 digits took 2 s), which any CSV cell or answer could hold.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** 1-based position from a label (case-insensitive) or, failing that, a whole number in range. */
export function labelOrPosition(raw: RawAnswer, labels: readonly string[]): number | undefined {
  if (typeof raw === 'string') {
    const index = findLabel(raw, labels);
    if (index !== undefined) return index + 1;
  }
  const position = toNumber(raw);
  if (position === undefined || !Number.isInteger(position) || position < 1 || position > labels.length) return undefined;
  return position;
}

export function findLabel(value: string, labels: readonly string[]): number | undefined {
  const wanted = value.trim().toLowerCase();
  const index = labels.findIndex((label) => label.trim().toLowerCase() === wanted);
  return index === -1 ? undefined : index;
}

export function toNumber(raw: RawAnswer): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || !NUMBER.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : undefined;
}

export function ok<A>(answer: A): ParsedAnswer<A> {
  return { ok: true, answer };
}

export function fail(expectation: string, raw: RawAnswer): ParsedAnswer<never> {
  return { ok: false, message: `${expectation} (got ${quoted(raw)})` };
}
