import { resolve } from 'node:path';
import { assessmentCharts } from '../../report/charts/assessment-charts.js';
import { renderComparisonReport } from '../../report/comparison-report-markdown.js';
import { comparisonJson } from '../../report/comparison-json.js';
import { renderComparisonSummary } from '../../report/terminal/comparison-summary.js';
import { compareSnapshots } from '../../scoring/compare.js';
import { measureTarget } from '../../scoring/targets.js';
import { jsonText } from '../../util/json-text.js';
import type { Io } from '../io.js';
import { loadAssessment } from '../../load/assessment.js';
import { requireAnswerFile, requireSameKind, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { withWarningsPrinted } from '../warnings.js';
import { printWritten, writeReportFiles } from './report-files.js';

export interface CompareOptions {
  output?: string;
  force?: boolean;
  json?: boolean;
  target?: string;
  questionnaire?: string;
}

export function runCompare(beforeFile: string, afterFile: string, options: CompareOptions, io: Io): void {
  const load = (file: string) => withWarningsPrinted(loadAssessment(file, { cwd: io.cwd, questionnaire: options.questionnaire }), io);
  const before = load(beforeFile);
  const after = load(afterFile);
  const goal = options.target ? requireAnswerFile(load(options.target), '--target') : undefined;
  requireSameKind([before, after], 'compare');
  requireSameQuestionnaire(goal ? [before, after, goal] : [before, after], 'compare');
  const comparison = compareSnapshots(before.snapshot, after.snapshot);
  const target = goal ? measureTarget(after.snapshot, goal.snapshot, before.snapshot) : undefined;
  const { questionnaire } = after;
  if (options.json) {
    io.out(jsonText(comparisonJson(comparison, target)));
  } else if (options.output && options.output !== '-') {
    const charts = assessmentCharts(questionnaire, after.snapshot, { previous: before.snapshot, target: goal?.snapshot });
    printWritten(writeReportFiles(resolve(io.cwd, options.output), charts, (links) => renderComparisonReport(comparison, questionnaire, { charts: links, target }), options.force), io);
  } else if (options.output === '-') {
    io.out(renderComparisonReport(comparison, questionnaire, { target }));
  } else {
    io.out(renderComparisonSummary(comparison, questionnaire, io.style, target, io.columns));
  }
}
