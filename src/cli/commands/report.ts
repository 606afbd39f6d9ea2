import type { Command } from 'commander';
import { addDocumentOptions, examples, ioFor } from './shared.js';
import type { ReportOptions } from '../actions/report.js';

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .summary('write the Markdown report for one respondent, with charts')
    .description(
      'write the Markdown report for one respondent: summary, sections, strengths, priorities, recommendations; ' +
        'with SVG charts beside it (<name>-radar.svg, <name>-sections.svg), linked from the report',
    )
    .argument('<answers>', 'an answer file (YAML or JSON)')
    .option('-o, --output <file>', 'where to write; "-" for stdout, which writes no charts (default: reports/<questionnaire>-<respondent id or date>.md, or .json/.txt with --format)');
  addDocumentOptions(command)
    .option('-f, --force', 'replace an existing report and charts')
    .option('-q, --questionnaire <id|path>', 'score against this questionnaire instead of the one the file names')
    .option('--compare <previous>', 'an earlier answer file of the same questionnaire: adds a "Since last time" section')
    .option('--target <answers>', 'an answer file of target answers: adds percent to target (and progress to date with --compare)')
    .addHelpText(
      'after',
      examples([
        'culture-audit report examples/service-culture/owner.yaml',
        'culture-audit report answers/anna.yaml -o client/anna.md --force',
        'culture-audit report answers/anna-2026-11.yaml --compare answers/anna-2026-08.yaml --target targets/2027.yaml',
        'culture-audit report answers/anna.yaml -o - | less',
      ]),
    )
    .action(async (file: string, options: ReportOptions, command: Command) => {
      const [{ runReport }, io] = await Promise.all([import('../actions/report.js'), ioFor(command)]);
      await runReport(file, options, io);
    });
}
