import type { Command } from 'commander';
import { examples, ioFor, setExitCode } from './shared.js';
import type { RunOptions } from '../actions/run.js';
import { launchCommand } from '../resume-command.js';

const KEYS = `
In the audit:
  ↑↓ and Enter choose an answer; number keys jump to an option
  "← Back" (or typing < in a typed answer) returns to the previous question
  optional questions can be skipped; a review at the end lets you change any answer
  answers are saved after every question: Ctrl+C stops, and prints the command to resume
  one run at a time per answer file: <file>.lock says which run holds it

Exit codes: 0 finished, 2 invalid input, no terminal, or the file in use by another run,
130 stopped by Ctrl+C, a closed terminal or SIGTERM (answers kept).
`;

export function registerRun(program: Command): void {
  program
    .command('run')
    .summary('answer a questionnaire in the terminal, then see the results')
    .description(
      'answer a questionnaire in the terminal: progress, going back, skipping and a review; the answer file is saved ' +
        'after every answer, an interrupted run resumes, and the end shows the results and writes the report',
    )
    .argument('[questionnaire]', 'questionnaire id (see `list`) or path; asked when left out')
    .option('-o, --output <file>', 'the answer file (default: answers/<questionnaire>-<name or date-time>.yaml)')
    .option('-f, --force', 'start over on an existing answer file')
    .option('--resume <file>', 'continue an interrupted run at its first unanswered question')
    .option('--respondent <name>', 'your name (not asked then)')
    .option('--role <role>', 'your role, e.g. owner, manager, front-line (not asked then)')
    .option('--team <team>', 'your team, shop or site (not asked then)')
    .option('--anonymous', 'record no name, and do not ask for one')
    .option('--no-report', 'do not write the Markdown report at the end')
    .addHelpText(
      'after',
      examples([
        'culture-audit run                                    choose a questionnaire, then answer',
        'culture-audit run service-culture --role manager --team north-store',
        'culture-audit run five-ways --anonymous -o answers/front-desk.yaml',
        'culture-audit run --resume answers/service-culture-anna.yaml',
      ]) + KEYS,
    )
    .action(async (questionnaire: string | undefined, options: RunOptions, command: Command) => {
      const [{ runRun }, io] = await Promise.all([import('../actions/run.js'), ioFor(command)]);
      // How this process was started, so the resume command it prints works when pasted.
      const launch = launchCommand({ script: process.argv[1], npmCommand: process.env.npm_command, cwd: process.cwd() });
      setExitCode(await runRun(questionnaire, options, io, { command: launch }));
    });
}
