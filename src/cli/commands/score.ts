import { Option, type Command } from 'commander';
import { examples, ioFor, parseScoreThreshold, setExitCode } from './shared.js';
import type { ScoreOptions } from '../actions/score.js';

export function registerScore(program: Command): void {
  program
    .command('score')
    .summary('score answer files in the terminal or as JSON')
    .description('score answer files: overall score and band, a bar per section, coverage and red flags')
    .argument('<answers...>', 'answer files (YAML or JSON)')
    .option('--json', 'print JSON (schemaVersion 1): one object for one file, an array for several')
    .addOption(new Option('--fail-under <score>', 'exit 1 when any overall score is below this (0..100)').argParser(parseScoreThreshold))
    .option('--fail-on-red-flags', 'exit 1 when any file raises a red flag')
    .option('-q, --questionnaire <id|path>', 'score against this questionnaire instead of the one the files name')
    .addHelpText(
      'after',
      examples([
        'culture-audit score examples/service-culture/*.yaml',
        'culture-audit score answers/me.yaml --json | jq .overall',
        'culture-audit score answers/*.yaml --fail-under 70 --fail-on-red-flags',
      ]) + '\nExit codes: 0 done, 1 a --fail-* threshold was missed, 2 invalid input.\n',
    )
    .action(async (files: string[], options: ScoreOptions, command: Command) => {
      const [{ runScore }, io] = await Promise.all([import('../actions/score.js'), ioFor(command)]);
      setExitCode(runScore(files, options, io));
    });
}
