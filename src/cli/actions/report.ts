import { join, relative, resolve } from 'node:path';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { ASSESSMENT_CHART_SUFFIXES, assessmentCharts, type ChartCompanions } from '../../report/charts/assessment-charts.js';
import { renderIndividualReport, type ReportExtras } from '../../report/individual-markdown.js';
import { compareSnapshots } from '../../scoring/compare.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { measureTarget } from '../../scoring/targets.js';
import { unusedPath } from '../../write/unused-path.js';
import { safeFileStem, todayStamp } from '../../util/file-names.js';
import type { Io } from '../io.js';
import { loadAssessment, scorecardSnapshot } from '../../load/assessment.js';
import { requireAnswerFile, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { withWarningsPrinted } from '../warnings.js';
import { printWritten, writeReportFiles } from './report-files.js';

export interface ReportOptions {
  output?: string;
  force?: boolean;
  questionnaire?: string;
  compare?: string;
  target?: string;
}

export function runReport(file: string, options: ReportOptions, io: Io): void {
  const load = (path: string) => withWarningsPrinted(loadAssessment(path, { cwd: io.cwd, questionnaire: options.questionnaire }), io);
  const current = requireAnswerFile(load(file), 'report');
  const previous = options.compare ? requireAnswerFile(load(options.compare), 'report --compare') : undefined;
  const target = options.target ? requireAnswerFile(load(options.target), '--target') : undefined;
  requireSameQuestionnaire([current, ...(previous ? [previous] : []), ...(target ? [target] : [])], 'report');
  const extras: ReportExtras = {};
  if (previous) extras.sinceLastTime = compareSnapshots(previous.snapshot, current.snapshot);
  if (target) extras.target = measureTarget(current.snapshot, target.snapshot, previous?.snapshot);
  const written = writeReport(current.scorecard, current.questionnaire, options, io, extras, { previous: previous?.snapshot, target: target?.snapshot });
  printWritten(written, io);
}

/**
 * Renders a scorecard's Markdown report and prints it ("-", without charts) or writes it with its
 * charts beside it, by default to defaultReportPath. Returns the paths written, the report first.
 */
export function writeReport(
  scorecard: Scorecard,
  questionnaire: Questionnaire,
  options: { output?: string; force?: boolean },
  io: Io,
  extras: ReportExtras = {},
  companions: ChartCompanions = {},
): string[] {
  const render = (charts: ReportExtras['charts'] = []) => renderIndividualReport(scorecard, questionnaire, { ...extras, charts });
  if (options.output === '-') {
    io.out(render());
    return [];
  }
  const path = resolve(io.cwd, options.output ?? defaultReportPath(scorecard));
  const charts = assessmentCharts(questionnaire, scorecardSnapshot(scorecard), companions);
  return writeReportFiles(path, charts, render, options.force).map((written) => relative(io.cwd, written) || written);
}

/** reports/<questionnaire>-<respondent id or name, or completed date, or today>.md */
export function defaultReportPath(scorecard: Scorecard, now?: Date): string {
  const { id, name } = scorecard.respondent;
  const who = safeFileStem(id ?? '') || safeFileStem(name ?? '') || safeFileStem(scorecard.completed ?? '') || todayStamp(now);
  return join('reports', `${scorecard.questionnaire.id}-${who}.md`);
}

/** A report path where neither the report nor its charts exist yet: `run` never replaces a report. */
export function freeReportPath(path: string): string {
  return unusedPath(path, (candidate) => {
    const stem = candidate.replace(/\.md$/, '');
    return ASSESSMENT_CHART_SUFFIXES.map((suffix) => `${stem}-${suffix}.svg`);
  });
}
