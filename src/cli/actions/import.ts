import { basename, relative, resolve } from 'node:path';
import { renderAnswerFile } from '../../answers/answer-file-text.js';
import { collapseColumnProblems } from '../../answers/column-problems.js';
import { checkAllowMissing, parseAllowMissing } from '../../answers/missing-columns.js';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { loadSiblingMapping } from '../../load/sibling-mapping.js';
import { readExportResponses, sheetOptionMisuse } from '../../load/workbook/export-reader.js';
import { ExitCode, InvalidInputError, UserError, type Problem } from '../../util/errors.js';
import { safeFileStem } from '../../util/file-names.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import type { FileToWrite } from '../../write/target.js';
import { applyAsyncCommand } from '../apply-result.js';
import { gatheringNotices, stdout, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { ExportTally } from './export-tally.js';

export interface ImportOptions {
  questionnaire?: string;
  map?: string;
  output: string;
  force?: boolean;
  /** Scored questions the export may lack a column for: comma-separated ids, or all. */
  allowMissing?: string;
  /** The sheet of an .xlsx export to read; by default its first. */
  sheet?: string;
}

/** `import`: one answer file per row of a form export; every row is read first, and any invalid one fails the whole import. */
export async function importCommand(csv: string, options: ImportOptions & CommandContext): Promise<CommandResult> {
  const { cwd } = options;
  const sheetMisuse = sheetOptionMisuse(options.sheet, [csv]);
  if (sheetMisuse) throw new UserError(sheetMisuse);
  // --map wins; without it, the mapping file beside the export with its base name, as `team` reads it.
  const mapping = options.map ? loadCsvMapping(resolve(cwd, options.map)) : loadSiblingMapping(csv, cwd);
  const reference = options.questionnaire ?? mapping?.mapping.questionnaire;
  if (!reference) throw new UserError('name the questionnaire the export answers: --questionnaire <id>, or `questionnaire:` in the mapping file');
  const { questionnaire } = loadQuestionnaire(reference, cwd);
  const allowMissing = parseAllowMissing(options.allowMissing);
  checkAllowMissing(allowMissing, questionnaire);
  const exports = new ExportTally(allowMissing);
  return gatheringNotices(async (notices) => {
    const problems: Problem[] = [];
    const planned: FileToWrite[] = [];
    const taken = new Set<string>();
    const stem = safeFileStem(basename(csv).replace(/\.(csv|xlsx)$/i, '')) || 'row';
    for await (const event of readExportResponses(csv, questionnaire, { mapping, cwd, sheet: options.sheet })) {
      if (event.kind === 'header') {
        const { problem, warnings } = exports.header(event);
        // Scored questions with no column: one message, and no row is worth reading on.
        if (problem) throw new InvalidInputError([problem]);
        notices.push(...warnings.map((warning) => `warning: ${sanitizeForTerminal(warning)}`));
      } else if (event.kind === 'warning') notices.push(`warning: ${sanitizeForTerminal(event.message)}`);
      else if (event.kind === 'problems') problems.push(...exports.problems(event.problems));
      else if (exports.response()) {
        const line = event.response.source.slice(event.response.source.lastIndexOf(':') + 1);
        const name = uniqueName(safeFileStem(event.response.respondent.id ?? '') || `${stem}-line-${line}`, taken);
        const comment = `Imported from ${basename(csv)}, line ${line}, by culture-audit import.`;
        planned.push({ path: resolve(cwd, options.output, `${name}.yaml`), content: renderAnswerFile(questionnaire, event.response, comment) });
      }
    }
    notices.push(...exports.summaryLines().map(sanitizeForTerminal));
    if (problems.length > 0) throw new InvalidInputError(collapseColumnProblems(problems));
    if (planned.length === 0) throw new UserError(`${csv} has no rows to import`);
    const wrote = `wrote ${planned.length} answer ${planned.length === 1 ? 'file' : 'files'} to ${relative(cwd, resolve(cwd, options.output)) || '.'}`;
    return { notices, files: planned, force: options.force, relativePaths: true, printed: [stdout(wrote)], exitCode: ExitCode.Ok };
  });
}

export async function runImport(csv: string, options: ImportOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => importCommand(csv, { ...options, ...context }));
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
