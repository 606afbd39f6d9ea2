import type { Command } from 'commander';
import { examples, fromOption, ioFor, setExitCode } from './shared.js';
import type { ValidateOptions } from '../actions/validate.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check questionnaires, answers and exports')
    .description(
      'check questionnaires and answer files, and form exports (CSV) and JSON records (a .json array, .ndjson, .jsonl) as import and team read them; ' +
        'every problem is listed as file:line:col path: message',
    )
    .argument('<files...>', 'questionnaire or answer files (YAML or JSON; the kind is detected from the content), form exports (.csv), JSON records')
    .option('-q, --questionnaire <id|path>', 'check answer files, exports and records against this questionnaire instead of the one they name')
    .option('--map <file>', "a CSV export's mapping file (default: <export>.map.yaml beside the export, if there is one)")
    .addOption(fromOption())
    .option('--allow-missing <ids|all>', 'scored questions (comma-separated ids, or all) an export may have no column for, or JSON records no key for')
    .addHelpText(
      'after',
      examples([
        'culture-audit validate questionnaires/*.yaml',
        'culture-audit validate answers/*.yaml --questionnaire ./draft.yaml',
        'culture-audit validate export.csv results.ndjson -q service-culture',
      ]) + '\nAn export or records file that is valid prints its number of responses. Exit code 0 when every file is valid, 2 otherwise.\n',
    )
    .action(async (files: string[], options: ValidateOptions, command: Command) => {
      const [{ runValidate }, io] = await Promise.all([import('../actions/validate.js'), ioFor(command)]);
      setExitCode(await runValidate(files, options, io));
    });
}
