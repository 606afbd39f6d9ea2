import type { Command } from 'commander';
import { examples, ioFor } from './shared.js';

export interface ReportOptions {
  output?: string;
  force?: boolean;
  questionnaire?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary('write the Markdown report for one respondent')
    .description('write the Markdown report for one respondent: summary, sections, strengths, priorities, recommendations')
    .argument('<answers>', 'an answer file (YAML or JSON)')
    .option('-o, --output <file>', 'where to write; "-" for stdout (default: reports/<questionnaire>-<respondent id or date>.md)')
    .option('-f, --force', 'replace an existing report')
    .option('-q, --questionnaire <id|path>', 'score against this questionnaire instead of the one the file names')
    .addHelpText(
      'after',
      examples([
        'culture-audit report examples/service-culture/owner.yaml',
        'culture-audit report answers/anna.yaml -o client/anna.md --force',
        'culture-audit report answers/anna.yaml -o - | less',
      ]),
    )
    .action(async (file: string, options: ReportOptions, command: Command) => {
      const [{ runReport }, io] = await Promise.all([import('../actions/report.js'), ioFor(command)]);
      runReport(file, options, io);
    });
}
