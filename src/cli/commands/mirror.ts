import { Option, type Command } from 'commander';
import { addDocumentOptions, completeOnlyOption, examples, fromOption, ioFor, parseScoreThreshold, setExitCode } from './shared.js';
import type { MirrorOptions } from '../actions/mirror.js';

export function registerMirror(program: Command): void {
  const command = program
    .command('mirror')
    .summary("set a staff team's results beside their customers' on the dimensions both measure")
    .description(
      "the staff's view beside the customers': for each dimension both questionnaires measure (sections' `dimension:`, such as reliable or responsive), " +
        "the staff team's mean, the customers' mean, n on each side and the gap (staff − customers), biggest blind spot first. " +
        'A blind spot: staff rate a dimension at least --threshold points higher than customers do; a hidden strength: customers rate it that much higher. ' +
        'Each side is read as `team` reads its inputs: answer files, folders, glob patterns, JSON records and form exports.',
    )
    .argument('<staff...>', "the staff's answers: answer files, folders, glob patterns, JSON arrays or NDJSON of respondents, form exports (.csv, .xlsx)")
    .requiredOption('--customers <inputs...>', "the customers' answers, of the same kinds (give it after the staff inputs)")
    .option('-o, --output <file>', 'where to write the report; "-" for stdout; a name without an ending gets the format\'s (default: reports/<staff questionnaire>-mirror.md, or .json/.txt with --format)')
    .option('--json <file>', 'write the mirror JSON (schemaVersion 1); "-" for stdout. Alone, it writes no report: add -o or --format for one too');
  addDocumentOptions(command)
    .option('-f, --force', 'replace existing report files')
    .addOption(new Option('--threshold <points>', 'the gap (in points, 0..100) that makes a blind spot or a hidden strength').default(10).argParser(parseScoreThreshold))
    .option('--allow-small-groups', 'report a side with fewer than 3 respondents, although its scores can show one person\'s answers')
    .option('--skip-invalid', 'report invalid inputs on stderr and leave them out, instead of failing')
    .option('-q, --questionnaire <id|path>', "the questionnaire every staff input must answer (needed for CSV-only input)")
    .option('--customers-questionnaire <id|path>', "the questionnaire every customer input must answer (needed for CSV-only input)")
    .option('--map <file>', "YAML mapping of CSV columns for the staff's exports (default: <export>.map.yaml beside each export, if there is one)")
    .option('--customers-map <file>', "YAML mapping of CSV columns for the customers' exports (default: as for --map)")
    .addOption(fromOption())
    .addOption(completeOnlyOption())
    .option('--sheet <name>', 'the sheet of each .xlsx export to read (default: its first sheet)')
    .option('--allow-missing <ids|all>', 'scored questions (comma-separated ids of either questionnaire, or all) an export may have no column for')
    .addHelpText(
      'after',
      examples([
        'culture-audit mirror examples/five-ways/ --customers examples/five-ways-customers/ -o reports/mirror.md',
        'culture-audit mirror answers/staff/ --customers answers/customers/ --format html -o reports/mirror.html --threshold 15',
        'culture-audit mirror staff.csv -q five-ways --customers customers.csv --customers-questionnaire five-ways-customers',
        'culture-audit mirror answers/staff/ --customers answers/customers/ --json - | jq ".dimensions[] | [.title, .gap, .verdict]"',
      ]) +
        '\nThe report gets paired bars per dimension beside it, as <name>-bars.svg; -o - writes no chart.' +
        '\nRespondent names never appear. A side with fewer than 3 respondents is refused unless --allow-small-groups.' +
        '\nExit codes: 0 done, 2 invalid input or usage (also when no dimension is measured by both sides).\n',
    )
    .action(async (staff: string[], options: MirrorOptions, command: Command) => {
      const [{ runMirror }, io] = await Promise.all([import('../actions/mirror.js'), ioFor(command)]);
      setExitCode(await runMirror(staff, options, io));
    });
}
