import { join, resolve } from 'node:path';
import { assessmentCharts } from '../../report/charts/assessment-charts.js';
import { renderIndividualReport, type ReportExtras } from '../../report/individual-markdown.js';
import { compareSnapshots } from '../../scoring/compare.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { measureTarget } from '../../scoring/targets.js';
import { safeFileStem, todayStamp } from '../../util/file-names.js';
import type { ReportOptions } from '../commands/report.js';
import type { Io } from '../io.js';
import { loadAssessment, requireAnswerFile, requireSameQuestionnaire } from './load-assessment.js';
import { writeReportWithCharts } from './report-files.js';

export function runReport(file: string, options: ReportOptions, io: Io): void {
  const load = (path: string) => loadAssessment(path, { cwd: io.cwd, questionnaire: options.questionnaire });
  const current = requireAnswerFile(load(file), 'report');
  const previous = options.compare ? requireAnswerFile(load(options.compare), 'report --compare') : undefined;
  const target = options.target ? requireAnswerFile(load(options.target), '--target') : undefined;
  requireSameQuestionnaire([current, ...(previous ? [previous] : []), ...(target ? [target] : [])], 'report');
  const extras: ReportExtras = {};
  if (previous) extras.sinceLastTime = compareSnapshots(previous.snapshot, current.snapshot);
  if (target) extras.target = measureTarget(current.snapshot, target.snapshot, previous?.snapshot);
  const render = (charts: ReportExtras['charts'] = []) => renderIndividualReport(current.scorecard, current.questionnaire, { ...extras, charts });
  if (options.output === '-') {
    io.out(render());
    return;
  }
  const path = resolve(io.cwd, options.output ?? defaultReportPath(current.scorecard));
  const charts = assessmentCharts(current.questionnaire, current.snapshot, { previous: previous?.snapshot, target: target?.snapshot });
  writeReportWithCharts(path, charts, render, io, options.force);
}

/** reports/<questionnaire>-<respondent id, or completed date, or today>.md */
export function defaultReportPath(scorecard: Scorecard, now?: Date): string {
  const who = safeFileStem(scorecard.respondent.id ?? '') || safeFileStem(scorecard.completed ?? '') || todayStamp(now);
  return join('reports', `${scorecard.questionnaire.id}-${who}.md`);
}
