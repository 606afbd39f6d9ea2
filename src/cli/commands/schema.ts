import { Argument, type Command } from 'commander';
import { examples, ioFor } from './shared.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of a file format')
    .description('print the JSON Schema of a file format, for editors (yaml-language-server) and other tools')
    .addArgument(new Argument('<format>', 'which format').choices(['questionnaire', 'answers']))
    .addHelpText(
      'after',
      examples(['culture-audit schema questionnaire > schema/questionnaire.schema.json']) +
        '\nIn a YAML file: # yaml-language-server: $schema=../schema/questionnaire.schema.json\n',
    )
    .action(async (format: 'questionnaire' | 'answers', _options: unknown, command: Command) => {
      const [{ runSchema }, io] = await Promise.all([import('../actions/schema.js'), ioFor(command)]);
      runSchema(format, io);
    });
}
