import type { Command } from 'commander';
import { MAX_IMPORT_RESPONSES } from '../../util/limits.js';
import { completeOnlyOption, examples, fromOption, ioFor } from './shared.js';
import type { ImportOptions } from '../actions/import.js';
import { thousands } from '../../util/thousands.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('turn CSV or JSON records into answer files')
    .description(
      'turn a form export (one row per respondent, one column per question; CSV, or an .xlsx workbook\'s first sheet or --sheet), ' +
        'or a JSON array or NDJSON file of respondents (SurveyJS results, API dumps: one object per respondent, keyed by question id; ' +
        'a `questionnaire` key may name the questionnaire instead of -q), into one YAML answer file per respondent. ' +
        '--allow-missing also covers questions no JSON record has a key for. ' +
        'Headers are matched to question ids or texts, or mapped by a YAML file; nothing is written unless every response is valid.',
    )
    .argument('<file>', 'the form export (.csv, .xlsx) or JSON records (.json array, .ndjson, .jsonl)')
    .option('-q, --questionnaire <id|path>', 'the questionnaire the export answers (or `questionnaire:` in the mapping file)')
    .option('--map <file>', 'YAML mapping of CSV columns: header → question id, ignore, completed, { attribute: name } or { question, values, offset }; questions: id → { values, offset } (default: <export>.map.yaml beside the export, if there is one; `map` writes a starter)')
    .addOption(fromOption())
    .addOption(completeOnlyOption())
    .option('--allow-missing <ids|all>', 'scored questions (comma-separated ids, or all) a CSV export may have no column for; without it such an export is refused (exit 2)')
    .option('--sheet <name>', 'the sheet of an .xlsx export to read (default: its first sheet)')
    .option('-o, --output <folder>', 'where to write the answer files', 'answers')
    .option('-f, --force', 'replace existing answer files')
    .addHelpText(
      'after',
      examples([
        'culture-audit import export.csv -q service-culture',
        'culture-audit import export.csv --map export.map.yaml -o answers/2026-q4',
        'culture-audit import responses.csv -q five-ways --from typeform',
        'culture-audit import results.ndjson -q service-culture',
        'culture-audit import survey.xlsx -q five-ways --sheet Responses -o answers/2026-q4',
        'culture-audit team answers/2026-q4 --group-by role',
      ]) + '\nFiles are named after the respondent id (column or key; a tool\'s response id), else <file name>-line-<n>.yaml\n' +
        "(a CSV row, an NDJSON line) or <file name>-record-<n>.yaml (a JSON array's n-th record).\n" +
        'The survey tool (Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics, LimeSurvey, Typeform, Tally) is told from the header; see README, Form exports.\n' +
        `At most ${thousands(MAX_IMPORT_RESPONSES)} responses per file: split a larger one (team reads any size).\n`,
    )
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const [{ runImport }, io] = await Promise.all([import('../actions/import.js'), ioFor(command)]);
      await runImport(file, options, io);
    });
}
