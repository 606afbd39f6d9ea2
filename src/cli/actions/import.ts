import { basename, relative, resolve } from 'node:path';
import { renderAnswerFile } from '../../answers/answer-file-text.js';
import { readCsvResponses } from '../../load/form-export.js';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { InvalidInputError, UserError, type Problem } from '../../util/errors.js';
import { safeFileStem } from '../../util/file-names.js';
import { writeFilesAtomic } from '../../write/write-files.js';
import { sanitizeForTerminal, type Io } from '../io.js';

export interface ImportOptions {
  questionnaire?: string;
  map?: string;
  output: string;
  force?: boolean;
}

/** Reads every row first; writes only when all are valid and no file would be overwritten unasked. */
export async function runImport(csv: string, options: ImportOptions, io: Io): Promise<void> {
  const mapping = options.map ? loadCsvMapping(resolve(io.cwd, options.map)) : undefined;
  const reference = options.questionnaire ?? mapping?.mapping.questionnaire;
  if (!reference) throw new UserError('name the questionnaire the export answers: --questionnaire <id>, or `questionnaire:` in the mapping file');
  const { questionnaire } = loadQuestionnaire(reference, io.cwd);
  const problems: Problem[] = [];
  const planned: { path: string; content: string }[] = [];
  const taken = new Set<string>();
  const stem = safeFileStem(basename(csv).replace(/\.csv$/i, '')) || 'row';
  for await (const event of readCsvResponses(csv, questionnaire, mapping)) {
    if (event.kind === 'warning') io.err(`warning: ${sanitizeForTerminal(event.message)}`);
    else if (event.kind === 'problems') problems.push(...event.problems);
    else {
      const line = event.response.source.slice(event.response.source.lastIndexOf(':') + 1);
      const name = uniqueName(safeFileStem(event.response.respondent.id ?? '') || `${stem}-line-${line}`, taken);
      const comment = `Imported from ${basename(csv)}, line ${line}, by culture-audit import.`;
      planned.push({ path: resolve(io.cwd, options.output, `${name}.yaml`), content: renderAnswerFile(questionnaire, event.response, comment) });
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (planned.length === 0) throw new UserError(`${csv} has no rows to import`);
  writeFilesAtomic(planned, { force: options.force, shown: (path) => relative(io.cwd, path) });
  io.out(`wrote ${planned.length} answer ${planned.length === 1 ? 'file' : 'files'} to ${relative(io.cwd, resolve(io.cwd, options.output)) || '.'}`);
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
