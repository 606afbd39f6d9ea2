import { Option, type Command } from 'commander';
import { addDocumentOptions, examples, ioFor } from './shared.js';
import type { TrendOptions } from '../actions/trend.js';

export function registerTrend(program: Command): void {
  const command = program
    .command('trend')
    .summary('section scores over three or more assessments')
    .description('section scores over time from three or more dated answer files of one questionnaire (or of questionnaires that share section ids, such as a pulse and its full audit), ordered by their `completed` date')
    .argument('<inputs...>', 'answer files (YAML or JSON), each with a completed date; any order')
    .addOption(new Option('-o, --output <file>', 'write a Markdown report there, with line charts beside it (<name>-overall.svg, <name>-section-<id>.svg); "-" for stdout, without charts').conflicts('json'));
  addDocumentOptions(command)
    .option('-f, --force', 'replace an existing report and charts')
    .option('--json', 'print JSON (schemaVersion 1) instead of the table')
    .option('-q, --questionnaire <id|path>', 'score every file against this questionnaire instead of the one they name')
    .addHelpText(
      'after',
      examples([
        'culture-audit trend answers/anna-2026-*.yaml',
        'culture-audit trend q1.yaml q2.yaml q3.yaml q4.yaml -o reports/trend.md',
        'culture-audit trend answers/*.yaml --json | jq ".sections[] | [.title, .change.delta]"',
      ]) + '\nExit codes: 0 done, 2 invalid input (fewer than three files, a file without a completed date, questionnaires that share no id).\n',
    )
    .action(async (inputs: string[], options: TrendOptions, command: Command) => {
      const [{ runTrend }, io] = await Promise.all([import('../actions/trend.js'), ioFor(command)]);
      await runTrend(inputs, options, io);
    });
}
