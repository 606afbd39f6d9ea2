import { join, relative, resolve } from 'node:path';
import { loadAnswerFile } from '../../answers/load.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { renderIndividualReport } from '../../report/individual-markdown.js';
import { scoreResponse } from '../../scoring/score-response.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { safeFileStem, todayStamp } from '../../util/file-names.js';
import type { ReportOptions } from '../commands/report.js';
import type { Io } from '../io.js';

export function runReport(file: string, options: ReportOptions, io: Io): void {
  const loaded = loadAnswerFile(file, { cwd: io.cwd, questionnaire: options.questionnaire });
  const scorecard = scoreResponse(loaded.questionnaire, loaded.response);
  const written = writeReport(scorecard, loaded.questionnaire, options, io);
  if (written) io.out(written);
}

/**
 * Renders a scorecard's Markdown report and prints it ("-") or writes it atomically, by default
 * to defaultReportPath. Returns the path written, relative to the working folder.
 */
export function writeReport(scorecard: Scorecard, questionnaire: Questionnaire, options: { output?: string; force?: boolean }, io: Io): string | undefined {
  const markdown = renderIndividualReport(scorecard, questionnaire);
  if (options.output === '-') {
    io.out(markdown);
    return undefined;
  }
  const path = resolve(io.cwd, options.output ?? defaultReportPath(scorecard));
  writeFileAtomic(path, markdown, { force: options.force });
  return relative(io.cwd, path) || path;
}

/** reports/<questionnaire>-<respondent id or name, or completed date, or today>.md */
export function defaultReportPath(scorecard: Scorecard, now?: Date): string {
  const { id, name } = scorecard.respondent;
  const who = safeFileStem(id ?? '') || safeFileStem(name ?? '') || safeFileStem(scorecard.completed ?? '') || todayStamp(now);
  return join('reports', `${scorecard.questionnaire.id}-${who}.md`);
}
