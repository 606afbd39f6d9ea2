/**
 * Dates as form tools and spreadsheets write them, read to a real calendar day (YYYY-MM-DD):
 * 2026-02-30 and 25:00 are refused, not rolled over into March or the next day.
 */

/** Which number comes first in a slashed date such as 03/11/2026: locales differ, and the text cannot say. */
export type DateOrder = 'month-first' | 'day-first';

export type TimestampReading =
  /** A day the text alone fixes; `shows`, for a slashed date with a number above 12, the order it was written in. */
  | { kind: 'date'; date: string; shows?: DateOrder }
  /** A slashed date whose order the text does not fix: both numbers are 12 or less. */
  | { kind: 'ambiguous'; monthFirst: string; dayFirst: string }
  | { kind: 'invalid' };

// The time after a date: 9:05, 09:05:12, 9:05:12 AM, .123, a zone (Z, +01:00, GMT+1, UTC).
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp][Mm]))?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
// No locale writes a dotted date month-first: 16.11.2026 is day-first wherever it comes from.
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`);

/** Reads one cell or field; `invalid` for anything that is not a real date and time. */
export function readTimestamp(text: string): TimestampReading {
  const cell = text.trim();
  const yearFirst = YEAR_FIRST.exec(cell);
  if (yearFirst) return dayOf(yearFirst[1], yearFirst[2], yearFirst[3], yearFirst.slice(4));
  const dotted = DOTTED.exec(cell);
  if (dotted) return dayOf(dotted[3], dotted[2], dotted[1], dotted.slice(4));
  const slashed = SLASHED.exec(cell);
  if (!slashed) return { kind: 'invalid' };
  const [, first, second, shortYear] = slashed as unknown as [string, string, string, string];
  const year = shortYear.length === 2 ? `20${shortYear}` : shortYear;
  const monthFirst = dayOf(year, first, second, slashed.slice(4));
  const dayFirst = dayOf(year, second, first, slashed.slice(4));
  if (monthFirst.kind === 'date' && dayFirst.kind === 'date') {
    return first === second ? monthFirst : { kind: 'ambiguous', monthFirst: monthFirst.date, dayFirst: dayFirst.date };
  }
  if (monthFirst.kind === 'date') return { ...monthFirst, shows: 'month-first' };
  if (dayFirst.kind === 'date') return { ...dayFirst, shows: 'day-first' };
  return dayFirst;
}

/** Whether text in an ISO form (2026-11-20, 2026-11-20T14:05:00Z) names a day and time that exist. */
export function isRealDateTime(text: string): boolean {
  return readTimestamp(text).kind === 'date';
}

/** What a schema says of a well-formed date that does not exist (2026-02-30, 25:00). */
export const NOT_A_REAL_DATE = 'is not a date on the calendar: check the month, the day (30 days hath September…) and the time of day';

/** A reading's day in a given order. */
export function dayIn(reading: TimestampReading, order: DateOrder): string | undefined {
  if (reading.kind === 'date') return reading.date;
  if (reading.kind === 'ambiguous') return order === 'month-first' ? reading.monthFirst : reading.dayFirst;
  return undefined;
}

/** YYYY-MM-DD when the day exists (leap years included) and the time, if any, does too. */
export function calendarDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function dayOf(year: string | undefined, month: string | undefined, day: string | undefined, time: readonly (string | undefined)[]): TimestampReading {
  if (!validTime(time)) return { kind: 'invalid' };
  const date = calendarDate(year ?? '', month ?? '', day ?? '');
  return date ? { kind: 'date', date } : { kind: 'invalid' };
}

function validTime([hours, minutes, seconds, meridiem]: readonly (string | undefined)[]): boolean {
  if (hours === undefined) return true;
  const h = Number(hours);
  const inRange = meridiem ? h >= 1 && h <= 12 : h <= 23;
  return inRange && Number(minutes) <= 59 && (seconds === undefined || Number(seconds) <= 59);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
