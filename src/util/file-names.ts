/**
 * A file-name stem from user-provided text (respondent ids, team names): lower-case letters,
 * digits, "-" and "_" only, so it can never hold a path separator or "..".
 */
export function safeFileStem(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, maxLength)
    .replace(/[-_]+$/, '');
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
