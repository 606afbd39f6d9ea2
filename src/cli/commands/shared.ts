import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORM_TOOL_NAMES } from '../../answers/form-tools/form-tool.js';
import { PAPER_SIZES } from '../../print/page-to-print.js';
import { FORMAT_NAMES } from '../../report/formats/names.js';
import type { Io } from '../io.js';
import { thousands } from '../../util/thousands.js';

/**
 * The Io for a command, honouring the global --no-color. Loaded with the command's action, in
 * parallel with it: `--version` and `--help` need no colour library.
 */
export async function ioFor(command: Command): Promise<Io> {
  const globals = command.optsWithGlobals() as { color?: boolean };
  const { processIo } = await import('../io.js');
  return processIo(globals.color);
}

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** Parses a 0..100 threshold for --fail-under; commander turns the error into exit 2. */
export function parseScoreThreshold(value: string): number {
  // Decimal digits only: Number() would also take 0x10, 1e1 and "  ", none of which a person means as a score.
  const number = Number(value);
  if (!DECIMAL.test(value) || number < 0 || number > 100) throw new InvalidArgumentError(`must be a number from 0 to 100, such as 60 or 72.5`);
  return number;
}

const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;
/** The largest whole number an option takes: larger is a typo, and past 2^53 not even exact. */
const MAX_WHOLE = 1_000_000;

/** Parses a whole number from `min` to a million (e.g. --min-group); commander turns the error into exit 2. */
export function parseWholeNumber(min: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || number < min || number > MAX_WHOLE) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${thousands(MAX_WHOLE)}`);
    }
    return number;
  };
}

export function setExitCode(code: number): void {
  if (code !== 0) process.exitCode = code;
}

/** `--format`, as every report-writing command takes it. */
export function formatOption(): Option {
  return new Option('--format <name>', "the report's format; an -o ending (.md, .html, .json, .txt, .pdf) says it too").choices(FORMAT_NAMES);
}

/** `--browser`, beside --format: the Chrome or Chromium that prints PDF. */
export function browserOption(): Option {
  return new Option('--browser <path>', 'the Chrome or Chromium that prints --format pdf (default: $CULTURE_AUDIT_BROWSER, else chromium, chromium-browser, google-chrome or google-chrome-stable on PATH)');
}

/** `--paper`, beside --format: A4 unless asked. */
export function paperOption(): Option {
  // No commander default: a4 is applied when printing (print-pages.ts), so a --paper given without a PDF can be told apart and warned about.
  return new Option('--paper <size>', 'the paper --format pdf is printed on (default: "a4")').choices(PAPER_SIZES);
}

/** `--from`, as every command reading form exports takes it: the tool is detected from the header otherwise. */
export function fromOption(): Option {
  return new Option('--from <tool>', 'the survey tool that wrote the form exports, when detecting it from the header gets it wrong').choices(FORM_TOOL_NAMES);
}

/** `--complete-only`, beside --from. */
export function completeOnlyOption(): Option {
  return new Option('--complete-only', 'leave out responses the tool marks unfinished (Qualtrics, LimeSurvey, Typeform); they are included and counted by default');
}

/** --client, --prepared-by and --engagement: the title block of a report to hand over. */
export const clientOption = (): Option => new Option('--client <organisation>', 'the organisation the report is prepared for, named in its title block');
export const preparedByOption = (): Option => new Option('--prepared-by <name>', 'who prepared the report, named in its title block');
export const engagementOption = (): Option =>
  new Option('--engagement <file>', 'an engagement file with client, preparedBy and date (default: culture-audit.engagement.yaml in the working folder, when there is one)');

/**
 * --format, --browser, --paper and the title block (--client, --prepared-by, --engagement), in the
 * order every command that writes a report to hand over lists them in its help.
 */
export function addDocumentOptions(command: Command): Command {
  for (const option of [formatOption(), browserOption(), paperOption(), clientOption(), preparedByOption(), engagementOption()]) command.addOption(option);
  return command;
}
