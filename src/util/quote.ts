/**
 * A value from an input, quoted for an error message: JSON syntax, so control characters show
 * as escapes instead of acting on the terminal, and cut short so a 1 MB key makes a one-line message.
 */
export function quoted(value: unknown, max = 60, { sayLength = true } = {}): string {
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value);
    // Never cut a surrogate pair in half.
    const head = value.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
    return JSON.stringify(`${head}…`) + (sayLength ? ` (${value.length} characters)` : '');
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
