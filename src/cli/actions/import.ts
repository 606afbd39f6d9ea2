import { basename, extname, relative, resolve } from 'node:path';
import { renderAnswerFile } from '../../answers/answer-file-text.js';
import { ExitCode, InvalidInputError, UserError } from '../../util/errors.js';
import { safeFileStem } from '../../util/file-names.js';
import { MAX_IMPORT_RESPONSES } from '../../util/limits.js';
import type { FileToWrite } from '../../write/target.js';
import { applyAsyncCommand } from '../apply-result.js';
import { gatheringNotices, stdout, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { readExportResponses, type ExportReadOptions, type ExportResponse } from './export-responses.js';

export interface ImportOptions extends Omit<ExportReadOptions, 'cwd'> {
  output: string;
  force?: boolean;
}

/**
 * `import`: one answer file per row of a form export, or per record of a JSON array or NDJSON file;
 * every response is read first, and any invalid one fails the whole import.
 */
export async function importCommand(file: string, options: ImportOptions & CommandContext): Promise<CommandResult> {
  const { cwd } = options;
  return gatheringNotices(async (notices) => {
    const planned: FileToWrite[] = [];
    const taken = new Set<string>();
    const stem = safeFileStem(basename(file, extname(file))) || 'row';
    const { problems, summary } = await readExportResponses(file, options, notices, (read) => {
      // Every answer file is held until all are checked, so their number has a ceiling.
      if (planned.length === MAX_IMPORT_RESPONSES) throw tooManyResponses(file, read);
      const name = uniqueName(safeFileStem(read.response.respondent.id ?? '') || `${stem}-${read.place.unit}-${read.place.n}`, taken);
      const comment = `Imported from ${basename(file)}, ${read.place.unit} ${read.place.n}, by culture-audit import.`;
      planned.push({ path: resolve(cwd, options.output, `${name}.yaml`), content: renderAnswerFile(read.questionnaire, read.response, comment) });
    });
    if (summary) notices.push(summary);
    if (problems.length > 0) throw new InvalidInputError(problems);
    if (planned.length === 0) throw new UserError(`${file} has no ${/\.csv$/i.test(file) ? 'rows' : 'responses'} to import`);
    const wrote = `wrote ${planned.length} answer ${planned.length === 1 ? 'file' : 'files'} to ${relative(cwd, resolve(cwd, options.output)) || '.'}`;
    return { notices, files: planned, force: options.force, relativePaths: true, printed: [stdout(wrote)], exitCode: ExitCode.Ok };
  });
}

export async function runImport(file: string, options: ImportOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => importCommand(file, { ...options, ...context }));
}

function tooManyResponses(file: string, at: ExportResponse): InvalidInputError {
  const message = `has more than ${MAX_IMPORT_RESPONSES} responses, the most import writes at once (it holds every answer file until all are checked); split the file into parts of at most ${MAX_IMPORT_RESPONSES} and import each, or give the whole file to team, which has no such limit`;
  return new InvalidInputError([at.place.unit === 'line' ? { file, line: at.place.n, message } : { file, path: `record ${at.place.n}`, message }]);
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
