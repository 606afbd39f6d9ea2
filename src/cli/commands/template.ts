import type { Command } from 'commander';
import { examples, ioFor } from './shared.js';

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .summary('write a blank answer file')
    .description('write a blank answer file listing every question id with its allowed answers as comments')
    .argument('<questionnaire>', 'questionnaire id (see `list`) or path')
    .option('-o, --output <file>', 'where to write (default: stdout)')
    .option('-f, --force', 'replace an existing file')
    .addHelpText(
      'after',
      examples([
        'culture-audit template service-culture -o answers/anna.yaml',
        '# fill it in, then:',
        'culture-audit report answers/anna.yaml',
      ]),
    )
    .action(async (questionnaire: string, options: { output?: string; force?: boolean }, command: Command) => {
      const [{ runTemplate }, io] = await Promise.all([import('../actions/template.js'), ioFor(command)]);
      runTemplate(questionnaire, options, io);
    });
}
