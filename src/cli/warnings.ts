import { formatProblemList, type Problem } from '../util/errors.js';
import { sanitizeForTerminal, type Io } from './io.js';

/** Warnings the core returned as data (README "Errors and warnings"): stderr, never the exit code. */
export function printWarnings(io: Io, warnings: readonly Problem[]): void {
  for (const line of formatProblemList(warnings, 'warning')) io.err(io.style.yellow(`culture-audit: warning: ${sanitizeForTerminal(line)}`));
}
