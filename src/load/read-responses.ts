import type { CsvHeaderEvent } from '../answers/csv-import.js';
import type { LoadedCsvMapping } from '../answers/csv-mapping.js';
import type { FormToolName } from '../answers/form-tools/form-tool.js';
import type { RecordsCoverageEvent } from '../answers/json-records.js';
import type { CellsReader, CellsResult, CsvRow } from '../answers/csv-row.js';
import type { Response } from '../answers/schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { formatProblem, InvalidInputError, UserError, type Problem } from '../util/errors.js';
import { loadAnswerFile } from './answer-file.js';
import type { InputFile } from './input-files.js';
import { isJsonRecordsFile, readJsonResponses } from './json-responses.js';
import { otherInputKindOfFile, type OtherInputKind } from './other-input-kind.js';
import { loadQuestionnaire, type LoadedQuestionnaire } from './questionnaire.js';
import { loadSiblingMapping } from './sibling-mapping.js';
import { exportRefusal, FORM_EXPORT_FILE, readExportBatches } from './workbook/export-reader.js';

export type InputEvent<R> =
  | { kind: 'response'; response: Response; questionnaire: Questionnaire }
  | { kind: 'row'; row: CsvRow<R>; questionnaire: Questionnaire }
  | { kind: 'problems'; problems: Problem[] }
  | CsvHeaderEvent
  /** A JSON records file read to its end: which questions its records have keys for. */
  | RecordsCoverageEvent
  /** A file found in a folder or by a pattern that is a mapping file or a questionnaire, so left out. */
  | { kind: 'skipped'; file: string; as: OtherInputKind; foundIn: string }
  | { kind: 'warning'; message: string };

export interface ReadResponsesOptions<R extends CellsResult> {
  cwd: string;
  /** Questionnaire id or path every input must answer; by default the mapping's, or the one the first answer file names. */
  questionnaire?: string;
  /** How to read the columns of every CSV input (--map); without it, each export's sibling mapping file, if any. */
  mapping?: LoadedCsvMapping;
  /** The tool every CSV input comes from (--from); without it, each export's is detected from its header. */
  tool?: FormToolName;
  /** The sheet of every .xlsx input to read (--sheet); by default each workbook's first. */
  sheet?: string;
  /** How to read the question cells of a CSV row, for the questionnaire it answers (responseCells gives a response's answers). */
  cells: (questionnaire: Questionnaire) => CellsReader<R>;
}

/**
 * Responses from answer files (YAML/JSON) and rows from form exports (CSV, .xlsx), in batches: one per
 * answer file, and as many CSV rows as are parsed at a time (see readCsvBatches). All inputs must
 * answer one questionnaire: the one given, or else the one the first answer file names, or else
 * the one an export's mapping file names; the odd ones out come back as problems, like any
 * invalid input, and reading goes on. A file found in a folder or by a pattern that fails as an
 * answer file but is a mapping file or a questionnaire is skipped: folders of answers hold them.
 */
export async function* readResponses<R extends CellsResult>(inputs: readonly InputFile[], options: ReadResponsesOptions<R>): AsyncGenerator<InputEvent<R>[]> {
  const reference = options.questionnaire ?? options.mapping?.mapping.questionnaire;
  let chosen: LoadedQuestionnaire | undefined = reference ? loadQuestionnaire(reference, options.cwd) : undefined;
  const records = inputs.filter((input) => isJsonRecordsFile(input.file, options.cwd));
  // Answer files first: they name their questionnaire, which a CSV cannot.
  for (const { file, foundIn } of inputs.filter((input) => !FORM_EXPORT_FILE.test(input.file) && !records.includes(input))) {
    try {
      const loaded = loadAnswerFile(file, { cwd: options.cwd, questionnaire: chosen?.file });
      chosen ??= loadQuestionnaire(loaded.answerFile.questionnaire, options.cwd);
      yield [
        ...loaded.warnings.map((warning): InputEvent<R> => ({ kind: 'warning', message: formatProblem(warning) })),
        { kind: 'response', response: loaded.response, questionnaire: loaded.questionnaire },
      ];
    } catch (error) {
      const problems = problemsOf(file, error);
      // Classified only now, so the answer files (nearly every file of a team) are read once.
      const other = foundIn === undefined ? undefined : otherInputKindOfFile(file, options.cwd);
      if (other && foundIn !== undefined) yield [{ kind: 'skipped', file, as: other, foundIn }];
      else yield [{ kind: 'problems', problems }];
    }
  }
  // JSON arrays and NDJSON of respondents (see readJsonResponses) next: a record may name its questionnaire.
  for (const { file } of records) {
    yield* readJsonResponses(file, options.cwd, { questionnaire: chosen?.questionnaire, questionnaireFor: (id) => (chosen = loadQuestionnaire(id, options.cwd)).questionnaire });
  }
  for (const { file } of inputs.filter((input) => FORM_EXPORT_FILE.test(input.file))) {
    const refusal = exportRefusal(file, options.cwd);
    if (refusal) {
      yield [{ kind: 'problems', problems: [{ file, message: refusal }] }];
      continue;
    }
    let mapping: LoadedCsvMapping | undefined;
    try {
      mapping = options.mapping ?? loadSiblingMapping(file, options.cwd);
      const named = mapping?.mapping.questionnaire;
      if (!chosen && named) chosen = loadQuestionnaire(named, options.cwd);
    } catch (error) {
      yield [{ kind: 'problems', problems: problemsOf(file, error) }];
      continue;
    }
    if (!chosen) {
      yield [{ kind: 'problems', problems: [{ file, message: 'cannot tell which questionnaire this export answers: give --questionnaire <id>, or `questionnaire:` in the mapping file' }] }];
      continue;
    }
    yield* readExportBatches(file, chosen.questionnaire, options.cells(chosen.questionnaire), { mapping, tool: options.tool, cwd: options.cwd, sheet: options.sheet });
  }
}

function problemsOf(file: string, error: unknown): Problem[] {
  if (error instanceof InvalidInputError) return error.problems;
  if (error instanceof UserError) return [{ file, message: error.message }];
  throw error;
}
