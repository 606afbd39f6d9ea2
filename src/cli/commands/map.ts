import { Option, type Command } from 'commander';
import { examples, fromOption, ioFor } from './shared.js';
import type { MapOptions } from '../actions/map.js';

export function registerMap(program: Command): void {
  program
    .command('map')
    .summary('write a starter mapping file for a form export')
    .description(
      'write a starter mapping file for a form export (CSV or .xlsx, any survey tool\'s layout): every column with its best match (as `team` reads the export, ' +
        'then the question whose text is most alike) and how sure it is, the values its cells hold, and, for codes a question ' +
        'cannot read, a suggested `values:` or `offset:` left commented out until you check it. The file is valid as written.',
    )
    .argument('<export>', 'the form export (.csv or .xlsx)')
    .addOption(new Option('-q, --questionnaire <id|path>', 'the questionnaire the export answers').makeOptionMandatory())
    .option('-o, --output <file>', 'where to write (default: stdout)')
    .option('-f, --force', 'replace an existing file')
    .addOption(fromOption())
    .option('--sheet <name>', 'the sheet of an .xlsx export to read (default: its first sheet)')
    .addHelpText(
      'after',
      examples([
        'culture-audit map export.csv -q service-culture -o export.map.yaml',
        '# check each entry, uncomment the suggested values: or offset: you agree with, then:',
        'culture-audit team export.csv          # reads export.map.yaml beside it',
        'culture-audit map export.csv -q ./audits/draft.yaml > draft.map.yaml',
      ]) +
        '\nEach entry ends in how sure it is: "# exact id", "# question text", "# attribute",' +
        '\n"# completion date", "# close to the text of "<id>" (0.82)", or "# no match" (written as ignore).' +
        '\nMapping file fields, per column: a question id, ignore, completed, { attribute: name },' +
        '\nor { question: id, values: { code: answer, or ~ for unanswered }, offset: n };' +
        '\nper question, under questions: { values, offset } (a column entry\'s own win).\n',
    )
    .action(async (csv: string, options: MapOptions, command: Command) => {
      const [{ runMap }, io] = await Promise.all([import('../actions/map.js'), ioFor(command)]);
      await runMap(csv, options, io);
    });
}
