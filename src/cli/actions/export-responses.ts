import { resolve } from 'node:path';
import type { CsvEvent } from '../../answers/csv-import.js';
import { collapseColumnProblems } from '../../answers/column-problems.js';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import type { JsonRecordEvent } from '../../answers/json-records.js';
import { checkAllowMissing, parseAllowMissing } from '../../answers/missing-columns.js';
import type { Response } from '../../answers/schema.js';
import { loadCsvMapping } from '../../load/csv-mapping.js';
import { isJsonRecordsFile, readJsonResponses } from '../../load/json-responses.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { loadSiblingMapping } from '../../load/sibling-mapping.js';
import { formExportResponses, sheetOptionMisuse } from '../../load/workbook/export-reader.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { InvalidInputError, UserError, type Problem } from '../../util/errors.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { ExportTally } from './export-tally.js';

export interface ExportReadOptions {
  cwd: string;
  /** --questionnaire; else a CSV export's mapping file names it, or each JSON record does. */
  questionnaire?: string;
  /** --map, for a CSV export; without it, the mapping file beside the export, if any. */
  map?: string;
  /** Scored questions the file may lack a column (key) for: comma-separated ids, or all. */
  allowMissing?: string;
  /** The tool that wrote a CSV export (--from); detected from its header otherwise. */
  from?: FormToolName;
  /** Leave out responses the tool marks unfinished (--complete-only). */
  completeOnly?: boolean;
  /** The sheet of an .xlsx export to read (--sheet); by default its first. */
  sheet?: string;
}

/** A valid response of the file, and where in it it was: a line (CSV, NDJSON) or a record (a JSON array). */
export interface ExportResponse {
  response: Response;
  questionnaire: Questionnaire;
  place: { unit: 'line' | 'record'; n: number };
}

export interface ExportRead {
  /** Every problem of every row or record, those of one column collapsed into one. */
  problems: Problem[];
  /** The file's summary line for stderr (`export.csv: 6 responses, …`); none when it was refused. */
  summary?: string;
}

/**
 * One form export (CSV) or JSON records file (an array, NDJSON), read as `team` reads it and with
 * its rules (a scored question with no column or key is refused unless --allow-missing accepts it),
 * for the commands that take one such file on its own: `import`, and `validate`. Each valid
 * response goes to `onResponse` as it comes, so a caller that only counts holds nothing; warnings
 * go to `notices`. Throws an InvalidInputError when an export's header refuses it (no row is
 * worth reading then), and a UserError when no questionnaire is named.
 */
export async function readExportResponses(file: string, options: ExportReadOptions, notices: string[], onResponse: (read: ExportResponse) => void): Promise<ExportRead> {
  const allowMissing = parseAllowMissing(options.allowMissing);
  const exports = new ExportTally(allowMissing, options.completeOnly);
  const problems: Problem[] = [];
  for await (const event of exportEvents(file, options, (questionnaire) => checkAllowMissing(allowMissing, questionnaire))) {
    if (event.kind === 'header' || event.kind === 'coverage') {
      const { problem, warnings } = event.kind === 'header' ? exports.header(event) : exports.recordsFile(event);
      // An export's header comes first: with a question missing, no row is worth reading on.
      if (problem && event.kind === 'header') throw new InvalidInputError([problem]);
      if (problem) problems.push(problem);
      notices.push(...warnings.map((warning) => `warning: ${sanitizeForTerminal(warning)}`));
    } else if (event.kind === 'warning') notices.push(`warning: ${sanitizeForTerminal(event.message)}`);
    else if (event.kind === 'problems') problems.push(...exports.problems(event.problems));
    else if (exports.response('unfinished' in event && event.unfinished === true)) onResponse({ response: event.response, questionnaire: event.questionnaire, place: placeOf(event.response.source) });
  }
  const summary = exports.summaryLines()[0];
  return { problems: collapseColumnProblems(problems), ...(summary === undefined ? {} : { summary: sanitizeForTerminal(summary) }) };
}

/** Whether the file is read as JSON records: an array or NDJSON (a .json object is then refused as not an array, not read as CSV). */
function isJsonInput(file: string, cwd: string): boolean {
  return /\.json$/i.test(file) || isJsonRecordsFile(file, cwd);
}

/** The file's events: JSON records against -q or the questionnaire they name, an export against -q or its mapping's. */
async function* exportEvents(file: string, options: ExportReadOptions, checkQuestionnaire: (questionnaire: Questionnaire) => void): AsyncGenerator<CsvEvent | JsonRecordEvent> {
  const { cwd } = options;
  if (isJsonInput(file, cwd)) {
    // A silently unused --map would leave the user wondering why their columns did not apply.
    if (options.map) throw new UserError(`--map names the columns of a CSV export; ${file} holds JSON records, whose keys are question ids`);
    const given = options.questionnaire ? loadQuestionnaire(options.questionnaire, cwd).questionnaire : undefined;
    if (given) checkQuestionnaire(given);
    const questionnaireFor = (id: string) => loadQuestionnaire(id, cwd).questionnaire;
    for await (const batch of readJsonResponses(file, cwd, { questionnaire: given, questionnaireFor })) yield* batch;
    return;
  }
  const sheetMisuse = sheetOptionMisuse(options.sheet, [file]);
  if (sheetMisuse) throw new UserError(sheetMisuse);
  // --map wins; without it, the mapping file beside the export with its base name, as `team` reads it.
  const mapping = options.map ? loadCsvMapping(resolve(cwd, options.map)) : loadSiblingMapping(file, cwd);
  const reference = options.questionnaire ?? mapping?.mapping.questionnaire;
  if (!reference) throw new UserError('name the questionnaire the export answers: --questionnaire <id>, or `questionnaire:` in the mapping file');
  const { questionnaire } = loadQuestionnaire(reference, cwd);
  checkQuestionnaire(questionnaire);
  yield* formExportResponses(file, questionnaire, { mapping, tool: options.from, cwd, sheet: options.sheet });
}

/** Where a response was read, from its source: `file:7` (a CSV row's or an NDJSON record's line) or `file record 3` (a JSON array's). */
function placeOf(source: string): ExportResponse['place'] {
  const record = / record (\d+)$/.exec(source);
  if (record) return { unit: 'record', n: Number(record[1]) };
  return { unit: 'line', n: Number(source.slice(source.lastIndexOf(':') + 1)) };
}
