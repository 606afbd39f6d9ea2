import { Option, type Command } from 'commander';
import { addDocumentOptions, completeOnlyOption, examples, fromOption, ioFor, parseScoreThreshold, parseWholeNumber, setExitCode } from './shared.js';
import type { TeamOptions } from '../actions/team.js';

export function registerTeam(program: Command): void {
  const command = program
    .command('team')
    .summary('write the team report from many answer files or a form export')
    .description(
      'aggregate many respondents into one team report: statistics per section and question, perception gaps between groups, ' +
        'red flags, reliability (Cronbach\'s alpha) and unattributed comments. Inputs are answer files, folders of them, ' +
        'glob patterns, JSON arrays and NDJSON of respondents, and form exports (CSV, or .xlsx) from Google Forms, Microsoft Forms, SurveyMonkey, ' +
        'Qualtrics, LimeSurvey, Typeform or Tally (the tool is told from the header); all must answer the same questionnaire.',
    )
    .argument('<inputs...>', 'answer files (YAML/JSON), JSON arrays or NDJSON of respondents, form exports (.csv, .xlsx), folders (searched recursively) or glob patterns')
    .option('-o, --output <file>', 'where to write the report; "-" for stdout; a name without an ending gets the format\'s (default: reports/<questionnaire>-team.md, or .json/.txt with --format)')
    .option('--json <file>', 'write the team JSON (schemaVersion 1); "-" for stdout. Alone, it writes no report: add -o or --format for one too');
  addDocumentOptions(command)
    .option('-f, --force', 'replace existing report files')
    .option('--group-by <attribute>', 'compare groups by a respondent attribute: role, team, site, ...')
    .addOption(new Option('--min-group <n>', 'smallest group shown on its own; smaller ones are merged into "other" (below 3 only with --allow-small-groups)').default(3).argParser(parseWholeNumber(1)))
    .option('--allow-small-groups', 'let --min-group go below 3, although a group that small can show one person\'s scores')
    .addOption(new Option('--fail-under <score>', "exit 1 when the team's overall mean is below this (0..100)").argParser(parseScoreThreshold))
    .option('--fail-on-red-flags', 'exit 1 when any respondent raised a red flag')
    .option('--skip-invalid', 'report invalid inputs on stderr and leave them out, instead of failing')
    .option('-q, --questionnaire <id|path>', 'the questionnaire every input must answer (needed for CSV-only input)')
    .option('--map <file>', 'YAML mapping of CSV columns to question ids and attributes, for every CSV input (default: <export>.map.yaml beside each export, if there is one)')
    .addOption(fromOption())
    .addOption(completeOnlyOption())
    .option('--sheet <name>', 'the sheet of each .xlsx export to read (default: its first sheet)')
    .option('--allow-missing <ids|all>', 'scored questions (comma-separated ids, or all) a CSV export may have no column for, or no record of a JSON records file a key for; without it such a file is refused (exit 2)')
    .option('--compare <previous>', 'an earlier team JSON file (from --json): adds a "Since last time" section with the changes')
    .addHelpText(
      'after',
      examples([
        'culture-audit team answers/ --group-by role',
        'culture-audit team "answers/**/*.yaml" -o reports/team.md --json reports/team.json --force',
        'culture-audit team export.csv -q service-culture --map export.map.yaml --group-by team',
        'culture-audit team qualtrics-export.csv -q five-ways --complete-only  # unfinished responses left out',
        'culture-audit team "Culture survey(1-15).xlsx" -q five-ways --sheet Form1  # Microsoft Forms export',
        'culture-audit team answers/ --group-by role --force --fail-under 60 --fail-on-red-flags  # CI gate',
        'culture-audit team answers/2026-q4/ --compare reports/team-2026-q3.json -o reports/team-q4.md --json reports/team-q4.json',
        'culture-audit team answers/ --json - | jq .overall.mean  # the JSON alone: no report is written',
      ]) +
        '\nThe report gets a radar (the team and each group shown) and section bars beside it, as <name>-radar.svg and <name>-sections.svg; -o - writes no charts.' +
        '\nRespondent names never appear; comments are unattributed. With GITHUB_STEP_SUMMARY set, a short summary is appended to it.' +
        '\nExit codes: 0 done, 1 a --fail-* threshold was missed, 2 invalid input or usage.\n',
    )
    .action(async (inputs: string[], options: TeamOptions, command: Command) => {
      const [{ runTeam }, io] = await Promise.all([import('../actions/team.js'), ioFor(command)]);
      setExitCode(await runTeam(inputs, options, io));
    });
}
