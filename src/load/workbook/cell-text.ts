/**
 * Built-in number formats that show a date or a time (ECMA-376 §18.8.30: 14–22, and the East
 * Asian date formats 27–36 and 50–58 that Excel writes in those locales; 45–47 are times).
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows its number as a date or time: a built-in date id, or a custom code with y, m, d or h in it. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  // Quoted text, escaped characters, [colours], [$-409] locales and _/* spacing are not date parts: "0.0 \"days\"" is a number.
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
  return /[ymdh]/i.test(bare);
}

/**
 * A number as Excel's General format shows it: to 15 significant digits, so the binary noise of
 * 0.1 + 0.2 or 3.0000000000000004 is gone, and without an exponent for ordinary values.
 */
export function generalNumberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system is 1899-12-31; Excel counts a 29 February 1900 that never was, so from day 61 on day 0 is 1899-12-30. */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date cell's serial number as ISO text: `2026-11-16` for a whole day, `2026-11-16T09:05:12`
 * with a time (rounded to the second, as Excel shows it), `09:05:12` for a time alone. Dates carry
 * no time zone in a workbook, so none is added.
 */
export function excelDateText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined; // past 9999-12-31 Excel shows ####
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const secondOfDay = seconds - days * 86_400;
  const time = secondOfDay === 0 ? '' : clockText(secondOfDay);
  if (days === 0 && !date1904 && secondOfDay > 0) return time;
  const date = dayText(days, date1904);
  return secondOfDay === 0 ? date : `${date}T${time}`;
}

/** A day's ISO date; an export's dates fall on few days, and Date's formatting is the slow part of a date cell. */
const dayTexts = new Map<number, string>();
function dayText(days: number, date1904: boolean): string {
  const key = date1904 ? -1 - days : days;
  let text = dayTexts.get(key);
  if (text === undefined) {
    const epoch = date1904 ? EPOCH_1904 : days >= 61 ? EPOCH_1900_AFTER_LEAP_BUG : EPOCH_1900;
    text = new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
    if (dayTexts.size < 100_000) dayTexts.set(key, text);
  }
  return text;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
function clockText(secondOfDay: number): string {
  return `${two(Math.floor(secondOfDay / 3600))}:${two(Math.floor(secondOfDay / 60) % 60)}:${two(secondOfDay % 60)}`;
}

/** OOXML writes characters XML cannot hold, and carriage returns, as `_x000D_`; a literal `_x…_` is written `_x005F_x…_`. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
