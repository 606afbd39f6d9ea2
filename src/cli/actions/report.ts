import { join } from 'node:path';
import { scorecardSnapshot } from '../../load/assessment.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { ASSESSMENT_CHART_SUFFIXES, assessmentCharts } from '../../report/charts/assessment-charts.js';
import type { IndividualDocument } from '../../report/formats/documents.js';
import { markdownFormat } from '../../report/formats/markdown.js';
import type { OutputFormat } from '../../report/formats/output-format.js';
import { requireAnswerFile, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { compareSnapshots } from '../../scoring/compare.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import { measureTarget } from '../../scoring/targets.js';
import { safeFileStem, todayStamp } from '../../util/file-names.js';
import { once } from '../../util/once.js';
import { unusedPath } from '../../write/unused-path.js';
import { ExitCode } from '../../util/errors.js';
import { applyAsyncCommand } from '../apply-result.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { gatheringNotices, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { chooseFormat, deliveredDocument } from './deliver.js';
import { assessmentLoader } from './load-with-warnings.js';
import { handoverFor, type HandoverOptions } from './handover.js';

export interface ReportOptions extends HandoverOptions {
  output?: string;
  force?: boolean;
  questionnaire?: string;
  compare?: string;
  target?: string;
  /** markdown (default), json or terminal; an -o ending (.md, .json, .txt) says it too. */
  format?: string;
}

/** `report`: one respondent's report, printed or to be written with its charts. */
export function reportCommand(file: string, options: ReportOptions & CommandContext): CommandResult {
  return gatheringNotices((notices) => {
    const handover = handoverFor(options);
    const load = assessmentLoader(options, notices);
    const current = requireAnswerFile(load(file), 'report');
    const previous = options.compare ? requireAnswerFile(load(options.compare), 'report --compare') : undefined;
    const target = options.target ? requireAnswerFile(load(options.target), '--target') : undefined;
    requireSameQuestionnaire([current, ...(previous ? [previous] : []), ...(target ? [target] : [])], 'report');
    const format = chooseFormat(options.format, options.output, 'markdown');
    const document = { ...individualDocument(current.scorecard, current.questionnaire, { previous: previous?.snapshot, target: target?.snapshot }), handover };
    const output = options.output ?? defaultReportPath(current.scorecard, undefined, format);
    return { notices, ...deliveredDocument(document, format, output, options), force: options.force, exitCode: ExitCode.Ok };
  });
}

export async function runReport(file: string, options: ReportOptions & PrintOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => reportCommand(file, { ...options, ...context }), { browser: options.browser, paper: options.paper });
}

/** One respondent's report as every format renders it: the scorecard, the change since `previous`, the distance to `target`, the charts. */
export function individualDocument(scorecard: Scorecard, questionnaire: Questionnaire, companions: { previous?: Snapshot; target?: Snapshot } = {}): IndividualDocument {
  const { previous, target } = companions;
  const current = scorecardSnapshot(scorecard);
  return {
    kind: 'individual',
    questionnaire,
    scorecard,
    ...(previous ? { sinceLastTime: compareSnapshots(previous, current) } : {}),
    ...(target ? { target: measureTarget(current, target, previous) } : {}),
    charts: once(() => assessmentCharts(questionnaire, current, companions)),
  };
}

/** reports/<questionnaire>-<respondent id or name, or completed date, or today>.<the format's ending> */
export function defaultReportPath(scorecard: Scorecard, now?: Date, format: OutputFormat = markdownFormat): string {
  const { id, name } = scorecard.respondent;
  const who = safeFileStem(id ?? '') || safeFileStem(name ?? '') || safeFileStem(scorecard.completed ?? '') || todayStamp(now);
  return join('reports', `${scorecard.questionnaire.id}-${who}${format.extension}`);
}

/** A report path where neither the report nor its charts exist yet: `run` never replaces a report. */
export function freeReportPath(path: string): string {
  return unusedPath(path, (candidate) => {
    const stem = candidate.replace(/\.md$/, '');
    return ASSESSMENT_CHART_SUFFIXES.map((suffix) => `${stem}-${suffix}.svg`);
  });
}
