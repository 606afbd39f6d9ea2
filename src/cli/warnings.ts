import type { ChalkInstance } from 'chalk';
import { formatProblemList, type Problem } from '../util/errors.js';
import { sanitizeForTerminal } from '../util/terminal-text.js';

/** Warnings the core returned as data (README "Errors and warnings"), as stderr lines: they never change the exit code. */
export function warningLines(warnings: readonly Problem[], style: ChalkInstance): string[] {
  return formatProblemList(warnings, 'warning').map((line) => style.yellow(`culture-audit: warning: ${sanitizeForTerminal(line)}`));
}
