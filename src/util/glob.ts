import picomatch from 'picomatch';
import { braceRange } from './brace-range.js';

// posix: `[!a]` negates a class as in the shell (picomatch otherwise reads the `!` as a character).
// nonegate: a leading `!` is a character, as in the shell, not "every file but these".
const OPTIONS: picomatch.PicomatchOptions = { posix: true, nonegate: true, expandRange: braceRange };

/** True when a path holds glob syntax the shell left unexpanded (quoted, or on Windows). */
export function hasGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * A matcher for `/`-separated relative paths, in the shell's syntax as picomatch reads it: `*` and
 * `?` within one folder, `**` across folders, `[a-c]` and `[!a]` classes, `{a,b{c,d}}`
 * alternatives (nested too), `{1..12}` ranges, and `\` to match the next character as it is.
 * Files whose names start with a dot are never matched.
 */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(literalParentheses(pattern), OPTIONS);
}

/**
 * The shell reads `(` and `)` as themselves (extglob is off by default); picomatch would read them
 * as a group, and "Export (1)*.csv" would miss "Export (1) b.csv".
 */
function literalParentheses(pattern: string): string {
  return pattern.replace(/\\.|[()]/g, (match) => (match.length === 2 ? match : `\\${match}`));
}
