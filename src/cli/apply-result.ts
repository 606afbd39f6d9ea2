import type { ExitCode } from '../util/errors.js';
import { writeFilesAtomic } from '../write/write-files.js';
import { noticesCarriedBy, type CommandContext, type CommandResult } from './command-result.js';
import type { Io } from './io.js';
import { shownFrom } from './actions/output-path.js';

/** The context a command function gets from the terminal it runs in. */
export function contextOf(io: Io): Required<CommandContext> {
  return { cwd: io.cwd, style: io.style, columns: io.columns };
}

/** The shell of a command: prints its notices, writes its files, prints the rest, and returns its exit code. */
export function applyResult(result: CommandResult, io: Io): ExitCode {
  for (const line of result.notices) io.err(line);
  const shown = result.relativePaths ? (path: string) => shownFrom(io.cwd, path) : undefined;
  writeFilesAtomic(result.files, { force: result.force, shown });
  for (const { to, text } of result.printed) (to === 'stdout' ? io.out : io.err)(text);
  return result.exitCode;
}

/** Runs a command function and applies its result; when it throws, prints the notices it gathered before the error goes on to main(). */
export function applyCommand(io: Io, command: (context: Required<CommandContext>) => CommandResult): ExitCode {
  let result: CommandResult;
  try {
    result = command(contextOf(io));
  } catch (error) {
    printCarriedNotices(error, io);
    throw error;
  }
  return applyResult(result, io);
}

/** applyCommand for a command that reads as it streams (team, import); hands back the result for what the command's shell does after. */
export async function applyAsyncCommand<R extends CommandResult>(io: Io, command: (context: Required<CommandContext>) => Promise<R>): Promise<R> {
  return command(contextOf(io)).then(
    (result) => {
      applyResult(result, io);
      return result;
    },
    (error: unknown) => {
      printCarriedNotices(error, io);
      throw error;
    },
  );
}

function printCarriedNotices(error: unknown, io: Io): void {
  for (const line of noticesCarriedBy(error)) io.err(line);
}
