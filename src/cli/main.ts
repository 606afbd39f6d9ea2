import { Command, CommanderError } from 'commander';
import { ExitCode, InvalidInputError, UserError } from '../util/errors.js';
import { sanitizeForTerminal } from '../util/terminal-text.js';
import { packageVersion } from '../util/version.js';
import { commands } from './commands/index.js';
import { isTerminal, writeText } from '../boot/stdio.js';

const DESCRIPTION =
  'Service-culture self-assessment: run YAML questionnaires in the terminal, score answers ' +
  'against weighted rubrics, and write Markdown reports for one respondent or a whole team.';

const EXAMPLES = `
Examples:
  $ culture-audit list                                    questionnaires you can run
  $ culture-audit run service-culture                     interactive audit, then a report
  $ culture-audit report examples/service-culture/owner.yaml -o -
  $ culture-audit team answers/ --group-by role --fail-under 60
  $ culture-audit validate questionnaires/*.yaml

Exit codes: 0 done, 1 a --fail-* threshold was missed, 2 invalid input or usage, 130 interrupted.
Docs: README.md in the package, or \`culture-audit <command> --help\`.`;

/**
 * The commands a run needs: only the one its first argument names (its options, help and errors
 * never mention the others), none for a lone --version, else all of them (--help lists them, and
 * a misspelt command is matched against them). Registering all 13 costs a start about 1.5 ms.
 */
export function commandsFor(args: readonly string[]): typeof commands {
  const named = commands.find(({ name }) => name === args[0]);
  if (named) return [named];
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return [];
  return commands;
}

/** The program with the commands `args` (the arguments after the script) need; all of them when not given. */
export function buildProgram(args?: readonly string[]): Command {
  const program = new Command('culture-audit')
    .description(DESCRIPTION)
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR is honoured too)')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  for (const { register } of args === undefined ? commands : commandsFor(args)) register(program);
  // Subcommands inherit exitOverride so usage errors come back to main() as exit code 2.
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Commander's output, as its defaults do it, through boot/stdio.ts: `--version`, `--help` and usage
 * errors written to a pipe then never make process.stdout (node:net and node:stream). Set before
 * the commands are registered, which copy it.
 */
const output = {
  writeOut: (text: string) => writeText(1, text),
  writeErr: (text: string) => writeText(2, text),
  // undefined, as commander's own, though its types say number: the help is then 80 wide.
  getOutHelpWidth: () => (isTerminal(1) ? process.stdout.columns : undefined) as number,
  getErrHelpWidth: () => (isTerminal(2) ? process.stderr.columns : undefined) as number,
  getOutHasColors: () => colorConvention() ?? (isTerminal(1) && process.stdout.hasColors?.()),
  getErrHasColors: () => colorConvention() ?? (isTerminal(2) && process.stderr.hasColors?.()),
};

/** Commander's own reading of NO_COLOR, FORCE_COLOR and CLICOLOR_FORCE (its useColor(), which it does not export). */
function colorConvention(): boolean | undefined {
  const env = process.env;
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true;
  return undefined;
}

/** Runs the CLI and returns the exit code; the only place errors are printed. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  // Errors are plain text: no colour library to load on the way out.
  const io = { err: (line: string) => writeText(2, `${line}\n`) };
  if (error instanceof CommanderError) {
    // Commander has printed its own message; help and version are not errors.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return ExitCode.Ok;
    }
    return ExitCode.InvalidInput;
  }
  if (error instanceof InvalidInputError) {
    for (const line of error.message.split('\n')) io.err(sanitizeForTerminal(line));
    const count = error.problems.length;
    if (count > 1) io.err(`${count} problems`);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    io.err(`culture-audit: ${sanitizeForTerminal(error.message)}`);
    return error.exitCode;
  }
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    return ExitCode.Interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`culture-audit: internal error: ${sanitizeForTerminal(message)}`);
  io.err('This is a bug. Please report it with the command you ran; set CULTURE_AUDIT_DEBUG=1 for details.');
  if (process.env.CULTURE_AUDIT_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return ExitCode.InternalError;
}
