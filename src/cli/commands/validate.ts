import type { Command } from 'commander';
import { examples, ioFor, setExitCode } from './shared.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check questionnaires and answer files')
    .description('check questionnaires and answer files; every problem is listed as file:line:col path: message')
    .argument('<files...>', 'questionnaire or answer files (YAML or JSON); the kind is detected from the content')
    .option('-q, --questionnaire <id|path>', 'check answer files against this questionnaire instead of the one they name')
    .addHelpText(
      'after',
      examples(['culture-audit validate questionnaires/*.yaml', 'culture-audit validate answers/*.yaml --questionnaire ./draft.yaml']) +
        '\nExit code 0 when every file is valid, 2 otherwise.\n',
    )
    .action(async (files: string[], options: { questionnaire?: string }, command: Command) => {
      const [{ runValidate }, io] = await Promise.all([import('../actions/validate.js'), ioFor(command)]);
      setExitCode(runValidate(files, options, io));
    });
}
