import { trendCharts } from '../../report/charts/trend-charts.js';
import type { TrendDocument } from '../../report/formats/documents.js';
import { buildTrend } from '../../scoring/trend.js';
import { UserError } from '../../util/errors.js';
import { once } from '../../util/once.js';
import type { Io } from '../io.js';
import { loadAssessment } from '../../load/assessment.js';
import { requireSameKind, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { withWarningsPrinted } from '../warnings.js';
import { deliverDocument, printedFormat } from './deliver.js';

export interface TrendOptions {
  output?: string;
  force?: boolean;
  /** The same as --format json. */
  json?: boolean;
  /** terminal (default without -o), markdown (default with -o) or json. */
  format?: string;
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
  const document: TrendDocument = { kind: 'trend', questionnaire, trend, charts: once(() => trendCharts(trend, questionnaire).map(({ chart }) => chart)) };
  deliverDocument(document, printedFormat(options), options.output ?? '-', options.force, io);
}
