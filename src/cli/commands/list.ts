import type { Command } from 'commander';
import { examples, ioFor } from './shared.js';

export function registerList(program: Command): void {
  program
    .command('list')
    .summary('list questionnaires you can run')
    .description('list the built-in questionnaires and those in ./questionnaires')
    .option('--json', 'print JSON (schemaVersion 1) instead of a table')
    .addHelpText('after', examples(['culture-audit list', 'culture-audit list --json | jq -r ".questionnaires[].id"']))
    .action(async (options: { json?: boolean }, command: Command) => {
      const [{ runList }, io] = await Promise.all([import('../actions/list.js'), ioFor(command)]);
      runList(options, io);
    });
}
