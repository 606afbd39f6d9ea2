import type { CsvHeaderEvent } from '../../answers/csv-import.js';
import type { ExportCoverage } from '../../answers/export-coverage.js';
import type { RecordsCoverageEvent } from '../../answers/json-records.js';
import { checkAllowMissing, missingColumnsProblem, refusedMissing, type AllowMissing } from '../../answers/missing-columns.js';
import type { Problem } from '../../util/errors.js';

interface ExportSeen {
  header: { file: string; coverage: ExportCoverage; tool?: string };
  responses: number;
  /** Responses the tool marks unfinished: counted among `responses`, or left out with --complete-only. */
  unfinished: number;
  /** Rows with a problem. */
  invalid: number;
  /** Refused for scored questions with no column: its rows and their problems are dropped. */
  refused: boolean;
}

/**
 * What `team` and `import` keep of each form export they read: whether it is refused for scored
 * questions with no column (unless --allow-missing accepts them), its responses, and the one
 * summary line each export gets on stderr. An export's events come in order, header first, so
 * rows and row problems belong to the latest header.
 */
export class ExportTally {
  private readonly seen: ExportSeen[] = [];

  constructor(
    private readonly allow: AllowMissing | undefined,
    /** --complete-only: responses the tool marks unfinished are left out (and counted). */
    private readonly completeOnly = false,
  ) {}

  /** An export's header: the problem that refuses it, or else the warnings about its columns. */
  header(event: CsvHeaderEvent): { problem?: Problem; warnings: readonly string[] } {
    return this.judge(event, 0, 0);
  }

  /**
   * A JSON records file, once read to its end: only then is it known which questions no record
   * has a key for. Its responses came before this, so a refused one's are already counted: the
   * caller must stop the run rather than skip the file.
   */
  recordsFile(event: RecordsCoverageEvent): { problem?: Problem; warnings: readonly string[] } {
    return this.judge(event, event.responses, event.invalid);
  }

  private judge(event: CsvHeaderEvent | RecordsCoverageEvent, responses: number, invalid: number): { problem?: Problem; warnings: readonly string[] } {
    checkAllowMissing(this.allow, event.questionnaire);
    const refused = refusedMissing(event.coverage, this.allow);
    this.seen.push({ header: event, responses, unfinished: 0, invalid, refused: refused.length > 0 });
    if (refused.length === 0) return { warnings: event.warnings };
    return { problem: missingColumnsProblem(event.file, event.questionnaire, event.coverage, refused), warnings: [] };
  }

  /**
   * Counts a response of the latest export; false when it is to be dropped: its export is
   * refused, or it is unfinished and --complete-only leaves those out.
   */
  response(unfinished = false): boolean {
    const current = this.seen.at(-1);
    if (current?.refused) return false;
    if (current && unfinished) current.unfinished++;
    if (unfinished && this.completeOnly) return false;
    if (current) current.responses++;
    return true;
  }

  /** Problems without those of rows in a refused export, which its one message stands for; a bad row of the latest export is counted. */
  problems(problems: readonly Problem[]): Problem[] {
    const current = this.seen.at(-1);
    const ofCurrent = (problem: Problem) => problem.file === current?.header.file;
    if (current?.refused) return problems.filter((problem) => !ofCurrent(problem));
    if (current && problems.some(ofCurrent)) current.invalid++;
    return [...problems];
  }

  /** Scored questions an export read had no column for (accepted by --allow-missing), each once. */
  notAsked(): string[] {
    return [...new Set(this.read().flatMap((seen) => seen.header.coverage.missingScored))];
  }

  /**
   * One line per export read: `e.csv: Qualtrics export, 15 responses (1 unfinished), 34 of 35
   * questions matched, 2 columns ignored` (keys for a JSON records file), and what it did not ask.
   */
  summaryLines(): string[] {
    return this.read().map(({ header: { file, coverage, tool }, responses, unfinished, invalid }) => {
      const [row, column] = coverage.readFrom === 'keys' ? ['record', 'key'] : ['row', 'column'];
      const parts = [
        ...(tool && tool !== 'CSV' ? [`${tool} export`] : []),
        `${responses} ${responses === 1 ? 'response' : 'responses'}${unfinishedNote(unfinished, this.completeOnly)}`,
        ...(invalid > 0 ? [`${invalid} invalid ${invalid === 1 ? row : `${row}s`}`] : []),
        `${coverage.matched} of ${coverage.questions} questions matched`,
        `${coverage.ignored} ${coverage.ignored === 1 ? column : `${column}s`} ignored`,
      ];
      const notAsked = [
        ...(coverage.missingScored.length > 0 ? [`${coverage.missingScored.join(', ')} (--allow-missing)`] : []),
        ...(coverage.missingUnscored.length > 0 ? [`${coverage.missingUnscored.join(', ')} (unscored)`] : []),
      ];
      return `${file}: ${parts.join(', ')}${notAsked.length > 0 ? `; not asked: ${notAsked.join('; ')}` : ''}`;
    });
  }

  private read(): ExportSeen[] {
    return this.seen.filter((seen) => !seen.refused);
  }
}

/** How many responses were unfinished, and whether they are among those counted. */
function unfinishedNote(unfinished: number, leftOut: boolean): string {
  if (unfinished === 0) return '';
  if (leftOut) return ` (${unfinished} unfinished left out)`;
  return ` (${unfinished} unfinished)`;
}
