import { resolve } from 'node:path';
import type { ChartLink } from '../../report/chart-links.js';
import { trendCharts } from '../../report/charts/trend-charts.js';
import { renderTrendTable } from '../../report/terminal/trend-table.js';
import { trendJson } from '../../report/trend-json.js';
import { renderTrendReport } from '../../report/trend-markdown.js';
import { buildTrend } from '../../scoring/trend.js';
import { UserError } from '../../util/errors.js';
import { jsonText } from '../../util/json-text.js';
import type { Io } from '../io.js';
import { loadAssessment } from '../../load/assessment.js';
import { requireSameKind, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { withWarningsPrinted } from '../warnings.js';
import { printWritten, writeReportFiles } from './report-files.js';

export interface TrendOptions {
  output?: string;
  force?: boolean;
  json?: boolean;
  questionnaire?: string;
}

export const MIN_TREND_INPUTS = 3;

export function runTrend(inputs: string[], options: TrendOptions, io: Io): void {
  if (inputs.length < MIN_TREND_INPUTS) {
    throw new UserError(`trend needs at least ${MIN_TREND_INPUTS} assessments, got ${inputs.length}; for two, use \`culture-audit compare\``);
  }
  const assessments = inputs.map((file) => withWarningsPrinted(loadAssessment(file, { cwd: io.cwd, questionnaire: options.questionnaire }), io));
  requireSameKind(assessments, 'trend');
  requireSameQuestionnaire(assessments, 'trend');
  const dated = assessments.map(({ file, snapshot }) => {
    if (!snapshot.date) throw new UserError(`${file} has no completed date; trend orders assessments by it (a team JSON file by its latest response)`);
    return { ...snapshot, date: snapshot.date };
  });
  const trend = buildTrend(dated);
  const questionnaire = assessments[assessments.length - 1]!.questionnaire;
  if (options.json) {
    io.out(jsonText(trendJson(trend)));
  } else if (options.output === '-') {
    io.out(renderTrendReport(trend, questionnaire));
  } else if (options.output) {
    const charts = trendCharts(trend, questionnaire);
    const render = (links: ChartLink[]) => renderTrendReport(trend, questionnaire, new Map(charts.map(({ series }, i) => [series, links[i]!])));
    printWritten(writeReportFiles(resolve(io.cwd, options.output), charts.map(({ chart }) => chart), render, options.force), io);
  } else {
    io.out(renderTrendTable(trend, questionnaire, io.style));
  }
}
