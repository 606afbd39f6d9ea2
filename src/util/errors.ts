import { MAX_PRINTED_PROBLEMS } from './limits.js';

/** Exit codes are part of the CLI's contract (README "Exit codes"). */
export const ExitCode = {
  Ok: 0,
  ThresholdMissed: 1,
  InvalidInput: 2,
  /** A bug: an error nothing expected. 70 is EX_SOFTWARE in BSD's sysexits.h, "internal software error". */
  InternalError: 70,
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One thing wrong with an input, positioned where we can. */
export interface Problem {
  file: string;
  line?: number;
  col?: number;
  /** Data path such as `sections[2].questions[0].weight`. */
  path?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}:${problem.col ?? 1}`;
  // file:line:col path: message, as the README documents; file: message when there is no path.
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** The problems as printed: the first MAX_PRINTED_PROBLEMS, then a count of the rest. */
export function formatProblemList(problems: readonly Problem[], noun = 'problem'): string[] {
  const lines = problems.slice(0, MAX_PRINTED_PROBLEMS).map(formatProblem);
  const rest = problems.length - MAX_PRINTED_PROBLEMS;
  if (rest > 0) lines.push(`… and ${rest} more ${noun}${rest === 1 ? '' : 's'}`);
  return lines;
}

/** An error meant for a person: the CLI prints its message and exits with its code, never a stack. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.InvalidInput,
  ) {
    super(message);
  }
}

/** Input that failed validation; carries every problem found, not just the first. */
export class InvalidInputError extends UserError {
  override name = 'InvalidInputError';
  constructor(readonly problems: Problem[]) {
    super(formatProblemList(problems).join('\n'), ExitCode.InvalidInput);
  }
}

export function problemsError(file: string, message: string): InvalidInputError {
  return new InvalidInputError([{ file, message }]);
}
