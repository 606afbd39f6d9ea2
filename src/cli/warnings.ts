import { formatProblemList, type Problem } from '../util/errors.js';
import { sanitizeForTerminal, type Io } from './io.js';

/** Warnings the core returned as data (README "Errors and warnings"): stderr, never the exit code. */
export function printWarnings(io: Io, warnings: readonly Problem[]): void {
  for (const line of formatProblemList(warnings, 'warning')) io.err(io.style.yellow(`culture-audit: warning: ${sanitizeForTerminal(line)}`));
}

/** Prints an assessment's warnings on stderr and hands it back, for the commands that load them. */
export function withWarningsPrinted<T extends { warnings: readonly Problem[] }>(assessment: T, io: Io): T {
  printWarnings(io, assessment.warnings);
  return assessment;
}
