import { Chalk, type ChalkInstance } from 'chalk';
import { ExitCode } from '../util/errors.js';
import type { FileToWrite } from '../write/target.js';

/** What every command function gets besides its own options: where it runs, and how its terminal text looks. */
export interface CommandContext {
  /** Relative paths in the inputs and options are read against this folder. */
  cwd: string;
  /** Colours for printed text; none when not given. */
  style?: ChalkInstance;
  /** Terminal width for bars, tables and wrapping; 80 when not given. */
  columns?: number;
}

/** Text without colour: files, and tests that call a command function without a terminal. */
export const plain = new Chalk({ level: 0 });

/** The style and width a command renders terminal text with. */
export function terminalOf(context: CommandContext): { style: ChalkInstance; columns: number } {
  return { style: context.style ?? plain, columns: context.columns ?? 80 };
}

/** One line (or block) a command prints, on the stream it goes to. */
export interface Printed {
  to: 'stdout' | 'stderr';
  text: string;
}

/** What a command did, as data: the shell (apply-result.ts) prints it and writes its files. */
export interface CommandResult {
  /**
   * stderr lines found while reading (warnings, skipped inputs). Printed before any file is
   * written, so a refused write still shows them.
   */
  notices: string[];
  /** Output files with absolute paths, written all or nothing once the notices are out. */
  files: FileToWrite[];
  /** Replace existing files (--force). */
  force?: boolean;
  /**
   * How refusals name a file: relative to cwd (team, import), or by its absolute path, as the
   * report commands always have.
   */
  relativePaths?: boolean;
  /** Printed in this order once every file is written; stdout and stderr interleave as a terminal shows them. */
  printed: Printed[];
  exitCode: ExitCode;
}

export const stdout = (text: string): Printed => ({ to: 'stdout', text });
export const stderr = (text: string): Printed => ({ to: 'stderr', text });

/** A result that only prints. */
export function printedResult(printed: Printed[], exitCode: ExitCode = ExitCode.Ok): CommandResult {
  return { notices: [], files: [], printed, exitCode };
}

const carried = new WeakMap<object, readonly string[]>();

/**
 * Runs a command's body with a list to gather notices in. When the body throws (or its promise
 * rejects), the notices gathered so far travel on the error: a warning about one input is still
 * printed when a later input then fails, as it was when warnings were printed on the spot.
 */
export function gatheringNotices<T>(body: (notices: string[]) => T): T {
  const notices: string[] = [];
  const carry = (error: unknown): never => {
    if (typeof error === 'object' && error !== null && notices.length > 0) carried.set(error, notices);
    throw error;
  };
  try {
    const result = body(notices);
    return (result instanceof Promise ? result.catch(carry) : result) as T;
  } catch (error) {
    return carry(error);
  }
}

/** The notices a failed command had gathered before it threw `error`; none for other errors. */
export function noticesCarriedBy(error: unknown): readonly string[] {
  return (typeof error === 'object' && error !== null && carried.get(error)) || [];
}
