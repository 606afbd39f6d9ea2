/** Names Windows reserves for devices, with any extension: `nul.md` cannot be created there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file-name stem from user-provided text (respondent ids, team names): lower-case letters,
 * digits, "-" and "_" only, so it can never hold a path separator or "..". Empty when the text
 * has no letter or digit in it; callers fall back to another name.
 */
export function safeFileStem(text: string, maxLength = 60): string {
  const stem = text
    .normalize('NFKD')
    // Accents split off by NFKD go, so "Ñúñez" becomes "nunez" rather than "n-u-n-ez".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-');
  const trimmed = trimSeparators(trimSeparators(stem).slice(0, maxLength));
  return WINDOWS_DEVICE.test(trimmed) ? `${trimmed}_` : trimmed;
}

/** Strips "-" and "_" from both ends; a loop, because /[-_]+$/ is quadratic on a long run of "_". */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '-' || text[start] === '_')) start++;
  while (end > start && (text[end - 1] === '-' || text[end - 1] === '_')) end--;
  return text.slice(start, end);
}

/** Today's date as YYYY-MM-DD in local time, for default file names. */
export function todayStamp(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Local date and time as YYYY-MM-DD-HHMMSS, for default file names that must not collide. */
export function timeStamp(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayStamp(now)}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
