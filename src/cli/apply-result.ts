import type { ExitCode } from '../util/errors.js';
import { isPageToPrint, type PrintOptions } from '../print/page-to-print.js';
import { printPages } from '../print/print-pages.js';
import type { AnyFileToWrite } from '../write/target.js';
import { writeFilesAtomic } from '../write/write-files.js';
import { noticesCarriedBy, type CommandContext, type CommandResult } from './command-result.js';
import type { Io } from './io.js';
import { shownFrom } from './actions/output-path.js';

/** The context a command function gets from the terminal it runs in. */
export function contextOf(io: Io): Required<CommandContext> {
  return { cwd: io.cwd, style: io.style, columns: io.columns };
}

/** The shell of a command: prints its notices, writes its files, prints the rest, and returns its exit code. */
export function applyResult(result: Omit<CommandResult, 'files'> & { files: readonly AnyFileToWrite[] }, io: Io): ExitCode {
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

/**
 * applyCommand for a command that reads as it streams (team, import), or whose files include a page
 * to print to PDF (--format pdf: printed here, at the edge, before anything is written); hands back
 * the result for what the command's shell does after.
 */
export async function applyAsyncCommand<R extends CommandResult>(io: Io, command: (context: Required<CommandContext>) => Promise<R> | R, print: PrintOptions = {}): Promise<R> {
  // A command that throws at once (a sync one) goes to the same handler as one that rejects.
  const pending = new Promise<R>((done) => done(command(contextOf(io))));
  return pending.then(
    async (result) => {
      applyResult({ ...result, files: await printedFiles(result, print, io) }, io);
      return result;
    },
    (error: unknown) => {
      printCarriedNotices(error, io);
      throw error;
    },
  );
}

/** The result's files with its pages printed to PDF; when printing fails, its notices are printed before the error goes on. */
async function printedFiles(result: CommandResult, print: PrintOptions, io: Io): Promise<AnyFileToWrite[]> {
  if (!result.files.some(isPageToPrint)) {
    // Said rather than ignored: someone who gave --paper expected a PDF.
    const given = [print.browser === undefined ? '' : '--browser', print.paper === undefined ? '' : '--paper'].filter((option) => option !== '');
    if (given.length > 0) io.err(`warning: ${given.join(' and ')} ${given.length === 1 ? 'applies' : 'apply'} only to PDF output (--format pdf, or -o <file>.pdf); ignored`);
    return result.files;
  }
  const shown = result.relativePaths ? (path: string) => shownFrom(io.cwd, path) : undefined;
  try {
    return await printPages(result.files, { ...print, cwd: io.cwd, env: process.env }, { force: result.force, shown });
  } catch (error) {
    for (const line of result.notices) io.err(line);
    throw error;
  }
}

function printCarriedNotices(error: unknown, io: Io): void {
  for (const line of noticesCarriedBy(error)) io.err(line);
}
