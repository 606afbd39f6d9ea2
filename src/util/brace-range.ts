import { UserError } from './errors.js';

/** More values than a range of answer files could want: a longer one is refused, not built. */
const MAX_RANGE_VALUES = 10_000;

/**
 * A `{from..to}` or `{from..to..step}` brace range as regular expression source, for picomatch's
 * `expandRange`. Picomatch alone turns a range into a character class, so `{1..12}` would not
 * match 10 to 12; whole numbers are listed instead, zero-padded as bash pads `{01..10}`.
 * Letters stay a class (`{a..e}` is `[a-e]`).
 */
export function braceRange(from: string, to: string, step?: unknown): string {
  const whole = /^-?\d+$/;
  if (!whole.test(from) || !whole.test(to)) return characterRange(from, to);
  const [start, end] = [Number(from), Number(to)];
  const by = Math.max(1, Math.abs(typeof step === 'string' && whole.test(step) ? Number(step) : 1));
  if (Math.abs(end - start) / by >= MAX_RANGE_VALUES) throw new UserError(`the glob range {${from}..${to}} has more than ${MAX_RANGE_VALUES} values; name fewer files`);
  const padded = /^-?0\d/.test(from) || /^-?0\d/.test(to);
  const width = padded ? Math.max(from.length, to.length) : 0;
  const values: string[] = [];
  for (let n = start; start <= end ? n <= end : n >= end; n += start <= end ? by : -by) values.push(pad(n, width));
  return `(?:${values.join('|')})`;
}

function pad(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0');
  return n < 0 ? `-${digits}` : digits;
}

function characterRange(from: string, to: string): string {
  const ends = [from, to].sort();
  const source = `[${ends.join('-')}]`;
  try {
    new RegExp(source);
    return source;
  } catch {
    return ends.map((end) => end.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\.\\.');
  }
}
