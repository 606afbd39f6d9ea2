import { Option, type Command } from 'commander';
import { addDocumentOptions, examples, ioFor } from './shared.js';
import type { CompareOptions } from '../actions/compare.js';

export function registerCompare(program: Command): void {
  const command = program
    .command('compare')
    .summary('what changed between two assessments')
    .description(
      'compare two answer files (or team JSON files) of one questionnaire: overall and section changes, the questions that moved most, ' +
        'new and resolved red flags, band changes; with --target, percent to target and progress to date. ' +
        'Files of two questionnaires that share section or question ids (a pulse and its full audit) are compared on what both measure',
    )
    .argument('<before>', 'the earlier answer file')
    .argument('<after>', 'the later answer file')
    .option('--target <answers>', 'an answer file of target answers: percent to target of <after>, progress to date from <before>')
    .addOption(new Option('-o, --output <file>', 'write a Markdown report there, with <name>-radar.svg and <name>-sections.svg beside it; "-" for stdout, without charts').conflicts('json'));
  addDocumentOptions(command)
    .option('-f, --force', 'replace an existing report and charts')
    .option('--json', 'print JSON (schemaVersion 1) instead of the terminal summary')
    .option('-q, --questionnaire <id|path>', 'score both against this questionnaire instead of the one the files name')
    .addHelpText(
      'after',
      examples([
        'culture-audit compare answers/anna-2026-08.yaml answers/anna-2026-11.yaml',
        'culture-audit compare q3.yaml q4.yaml --target targets/2027.yaml -o reports/q4-vs-q3.md',
        'culture-audit compare q3.yaml q4.yaml --json | jq .overall.delta',
        'culture-audit compare audit-2026-09.yaml pulse-2026-12.yaml -o reports/since-the-audit.md  # a pulse against the full audit',
      ]) + '\nExit codes: 0 done, 2 invalid input (also when the files are for questionnaires that share no id).\n',
    )
    .action(async (before: string, after: string, options: CompareOptions, command: Command) => {
      const [{ runCompare }, io] = await Promise.all([import('../actions/compare.js'), ioFor(command)]);
      await runCompare(before, after, options, io);
    });
}
