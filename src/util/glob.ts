import picomatch from 'picomatch';
import { braceRange } from './brace-range.js';

// posix: `[!a]` negates a class as in the shell (picomatch otherwise reads the `!` as a character).
const OPTIONS: picomatch.PicomatchOptions = { posix: true, expandRange: braceRange };

/** True when a path holds glob syntax the shell left unexpanded (quoted, or on Windows); `\*` is no glob. */
export function hasGlob(pattern: string): boolean {
  return picomatch.scan(pattern, OPTIONS).isGlob;
}

/**
 * A matcher for `/`-separated relative paths, in the shell's syntax as picomatch reads it: `*` and
 * `?` within one folder, `**` across folders, `[a-c]` and `[!a]` classes, `{a,b{c,d}}`
 * alternatives (nested too), `{1..12}` ranges, and `\` to match the next character as it is.
 * Files whose names start with a dot are never matched.
 */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(pattern, OPTIONS);
}
