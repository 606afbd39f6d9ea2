import { join, relative, resolve } from 'node:path';
import { loadAnswerFile } from '../../answers/load.js';
import { renderIndividualReport } from '../../report/individual-markdown.js';
import { scoreResponse } from '../../scoring/score-response.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { safeFileStem, todayStamp } from '../../util/file-names.js';
import type { ReportOptions } from '../commands/report.js';
import { sanitizeForTerminal, type Io } from '../io.js';
import { printWarnings } from '../warnings.js';

export function runReport(file: string, options: ReportOptions, io: Io): void {
  const loaded = loadAnswerFile(file, { cwd: io.cwd, questionnaire: options.questionnaire });
  printWarnings(io, loaded.warnings);
  const scorecard = scoreResponse(loaded.questionnaire, loaded.response);
  const markdown = renderIndividualReport(scorecard, loaded.questionnaire);
  if (options.output === '-') {
    io.out(markdown);
    return;
  }
  const path = resolve(io.cwd, options.output ?? defaultReportPath(scorecard));
  writeFileAtomic(path, markdown, { force: options.force });
  io.out(sanitizeForTerminal(relative(io.cwd, path) || path));
}

/** reports/<questionnaire>-<respondent id, or completed date, or today>.md */
export function defaultReportPath(scorecard: Scorecard, now?: Date): string {
  const who = safeFileStem(scorecard.respondent.id ?? '') || safeFileStem(scorecard.completed ?? '') || todayStamp(now);
  return join('reports', `${scorecard.questionnaire.id}-${who}.md`);
}
