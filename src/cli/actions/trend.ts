import { trendChart } from '../../report/charts/trend-charts.js';
import type { TrendDocument } from '../../report/formats/documents.js';
import { buildTrend } from '../../scoring/trend.js';
import { ExitCode, UserError } from '../../util/errors.js';
import { once } from '../../util/once.js';
import { requireSameKind, requireSharedIds } from '../../scoring/assessment.js';
import { applyAsyncCommand } from '../apply-result.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { gatheringNotices, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { deliveredDocument, printedFormat } from './deliver.js';
import { handoverFor, type HandoverOptions } from './handover.js';
import { assessmentLoader } from './load-with-warnings.js';

export interface TrendOptions extends HandoverOptions {
  output?: string;
  force?: boolean;
  /** The same as --format json. */
  json?: boolean;
  /** terminal (default without -o), markdown (default with -o) or json. */
  format?: string;
  questionnaire?: string;
}

export const MIN_TREND_INPUTS = 3;

/** `trend`: section scores over three or more dated assessments, printed or to be written. */
export function trendCommand(inputs: readonly string[], options: TrendOptions & CommandContext): CommandResult {
  if (inputs.length < MIN_TREND_INPUTS) {
    throw new UserError(`trend needs at least ${MIN_TREND_INPUTS} assessments, got ${inputs.length}; for two, use \`culture-audit compare\``);
  }
  return gatheringNotices((notices) => {
    const handover = handoverFor(options);
    const assessments = inputs.map(assessmentLoader(options, notices));
    requireSameKind(assessments, 'trend');
    requireSharedIds(assessments, 'trend');
    const dated = assessments.map(({ file, snapshot }) => {
      if (!snapshot.date) throw new UserError(`${file} has no completed date; trend orders assessments by it (a team JSON file by its latest response)`);
      return { ...snapshot, date: snapshot.date };
    });
    const trend = buildTrend(dated);
    const questionnaire = assessments[assessments.length - 1]!.questionnaire;
    const document: TrendDocument = { kind: 'trend', questionnaire, trend, handover, charts: once(() => [trendChart(trend, questionnaire)]) };
    return { notices, ...deliveredDocument(document, printedFormat(options), options.output ?? '-', options), force: options.force, exitCode: ExitCode.Ok };
  });
}

export async function runTrend(inputs: string[], options: TrendOptions & PrintOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => trendCommand(inputs, { ...options, ...context }), { browser: options.browser, paper: options.paper });
}
