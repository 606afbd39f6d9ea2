import type { Command } from 'commander';
import { examples, ioFor } from './shared.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .summary('print a questionnaire for review')
    .description('print a questionnaire as a person reads it: sections, questions, answers, weights and marks')
    .argument('<questionnaire>', 'questionnaire id (see `list`) or path to a YAML file')
    .addHelpText('after', examples(['culture-audit show service-culture', 'culture-audit show ./my-audit.yaml | less -R']))
    .action(async (questionnaire: string, _options: unknown, command: Command) => {
      const [{ runShow }, io] = await Promise.all([import('../actions/show.js'), ioFor(command)]);
      runShow(questionnaire, io);
    });
}
