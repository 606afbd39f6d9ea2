import type { Command } from 'commander';
import { examples, ioFor } from './shared.js';
import type { ImportOptions } from '../actions/import.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('turn a CSV form export into answer files')
    .description(
      'turn a form export (one row per respondent, one column per question; CSV, or an .xlsx workbook\'s first sheet or --sheet) into one YAML answer file per row. ' +
        'Headers are matched to question ids or texts, or mapped by a YAML file; nothing is written unless every row is valid.',
    )
    .argument('<csv>', 'the form export: CSV (a BOM, CRLF and quoted newlines are fine) or .xlsx')
    .option('-q, --questionnaire <id|path>', 'the questionnaire the export answers (or `questionnaire:` in the mapping file)')
    .option('--map <file>', 'YAML mapping of CSV columns: header → question id, ignore, completed or { attribute: name } (default: <export>.map.yaml beside the export, if there is one)')
    .option('--allow-missing <ids|all>', 'scored questions (comma-separated ids, or all) a CSV export may have no column for; without it such an export is refused (exit 2)')
    .option('--sheet <name>', 'the sheet of an .xlsx export to read (default: its first sheet)')
    .option('-o, --output <folder>', 'where to write the answer files', 'answers')
    .option('-f, --force', 'replace existing answer files')
    .addHelpText(
      'after',
      examples([
        'culture-audit import export.csv -q service-culture',
        'culture-audit import export.csv --map export.map.yaml -o answers/2026-q4',
        'culture-audit import survey.xlsx -q five-ways --sheet Responses -o answers/2026-q4',
        'culture-audit team answers/2026-q4 --group-by role',
      ]) + '\nFiles are named after the respondent id column, or <export name>-line-<n>.yaml without one.\n',
    )
    .action(async (csv: string, options: ImportOptions, command: Command) => {
      const [{ runImport }, io] = await Promise.all([import('../actions/import.js'), ioFor(command)]);
      await runImport(csv, options, io);
    });
}
