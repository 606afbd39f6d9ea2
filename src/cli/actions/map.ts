import { resolve } from 'node:path';
import { ColumnValues } from '../../answers/column-values.js';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import { exportLayout, FIRST_ROWS, type ExportLayout } from '../../answers/form-tools/registry.js';
import { siblingName, starterMapping } from '../../answers/starter-mapping.js';
import { readExportRecords, sheetOptionMisuse } from '../../load/workbook/export-reader.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { InvalidInputError, UserError } from '../../util/errors.js';
import { MAX_CSV_COLUMNS } from '../../util/limits.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyAsyncCommand } from '../apply-result.js';
import { gatheringNotices, printedResult, stderr, stdout, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';

export interface MapOptions {
  questionnaire: string;
  /** The file to write; stdout without it or with "-". */
  output?: string;
  force?: boolean;
  /** The tool that wrote the export (--from); detected from its header rows otherwise. */
  from?: FormToolName;
  /** The sheet of an .xlsx export (--sheet); by default its first. */
  sheet?: string;
}

/** `map`: a starter mapping file for a form export, printed or to be written; the export is read once, row by row. */
export async function mapCommand(csv: string, options: MapOptions & CommandContext): Promise<CommandResult> {
  const { questionnaire } = loadQuestionnaire(options.questionnaire, options.cwd);
  return gatheringNotices(async (notices) => {
    // The first records wait until the tool that wrote the export, and with it its header rows, is known.
    const first: (readonly string[])[] = [];
    let header: ExportLayout | undefined;
    const values = new ColumnValues();
    const start = () => {
      header = exportLayout(first, options.from);
      for (const record of first.slice(header.headerRows)) values.add(record);
    };
    const misuse = sheetOptionMisuse(options.sheet, [csv]);
    if (misuse) throw new UserError(misuse);
    for await (const event of readExportRecords(csv, options.cwd, options.sheet)) {
      if (event.kind === 'warning') notices.push(`warning: ${sanitizeForTerminal(event.message)}`);
      else if (header) values.add(event.record);
      else if (first.push(first.length === 0 ? checkedWidth(csv, event.record) : event.record) === FIRST_ROWS) start();
    }
    if (!header && first.length > 0) start();
    if (!header) throw new InvalidInputError([{ file: csv, message: 'is empty (no header row)' }]);
    const named = options.output === '-' ? undefined : options.output;
    const output = named === undefined ? undefined : { name: named, beside: /\.(csv|xlsx)$/i.test(csv) && resolve(options.cwd, named) === resolve(options.cwd, siblingName(csv)) };
    const text = starterMapping({ file: csv, questionnaire, headers: header.columns, tool: header.tool, coded: header.coded, values, output });
    if (!options.output || options.output === '-') return { ...printedResult([stdout(text.trimEnd())]), notices };
    const file = { path: resolve(options.cwd, options.output), content: text };
    return { ...printedResult([stderr(`Wrote ${sanitizeForTerminal(options.output)}`)]), notices, files: [file], force: options.force };
  });
}

/** The header, refused as team and import refuse it when too wide: a starter with an entry for each of its columns would help no one. */
function checkedWidth(file: string, header: readonly string[]): readonly string[] {
  if (header.length <= MAX_CSV_COLUMNS) return header;
  throw new InvalidInputError([{ file, line: 1, message: `has ${header.length} columns; the limit is ${MAX_CSV_COLUMNS} (is it a form export, saved comma-separated?)` }]);
}

export async function runMap(csv: string, options: MapOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => mapCommand(csv, { ...options, ...context }));
}
