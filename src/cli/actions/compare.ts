import { assessmentCharts } from '../../report/charts/assessment-charts.js';
import type { ComparisonDocument } from '../../report/formats/documents.js';
import { requireAnswerFile, requireSameKind, requireSameQuestionnaire, requireSharedIds } from '../../scoring/assessment.js';
import { compareSnapshots, type Comparison } from '../../scoring/compare.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import { measureTarget } from '../../scoring/targets.js';
import { once } from '../../util/once.js';
import { ExitCode } from '../../util/errors.js';
import { applyAsyncCommand } from '../apply-result.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { gatheringNotices, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';
import { deliveredDocument, printedFormat } from './deliver.js';
import { handoverFor, type HandoverOptions } from './handover.js';
import { assessmentLoader } from './load-with-warnings.js';

export interface CompareOptions extends HandoverOptions {
  output?: string;
  force?: boolean;
  /** The same as --format json. */
  json?: boolean;
  /** terminal (default without -o), markdown (default with -o) or json. */
  format?: string;
  target?: string;
  questionnaire?: string;
}

/** `compare`: what changed between two assessments (and how far the later one is from a target), printed or to be written. */
export function compareCommand(beforeFile: string, afterFile: string, options: CompareOptions & CommandContext): CommandResult {
  return gatheringNotices((notices) => {
    const handover = handoverFor(options);
    const load = assessmentLoader(options, notices);
    const before = load(beforeFile);
    const after = load(afterFile);
    const goal = options.target ? requireAnswerFile(load(options.target), '--target') : undefined;
    requireSameKind([before, after], 'compare');
    requireSharedIds([before, after], 'compare');
    // Percent to target reads the target's answers question by question: one questionnaire only.
    if (goal) requireSameQuestionnaire([after, goal], 'compare --target');
    const { questionnaire } = after;
    const comparison = compareSnapshots(before.snapshot, after.snapshot);
    const target = goal ? measureTarget(after.snapshot, goal.snapshot, before.snapshot) : undefined;
    const document: ComparisonDocument = {
      kind: 'comparison',
      questionnaire,
      comparison,
      ...(target ? { target } : {}),
      handover,
      charts: once(() => assessmentCharts(questionnaire, comparedOnly(after.snapshot, comparison), { previous: comparedOnly(before.snapshot, comparison), target: goal?.snapshot })),
    };
    return { notices, ...deliveredDocument(document, printedFormat(options), options.output ?? '-', options), force: options.force, exitCode: ExitCode.Ok };
  });
}

/** Across questionnaires, the charts draw the sections the tables compare, not those only one measured. */
function comparedOnly(snapshot: Snapshot, comparison: Comparison): Snapshot {
  if (!comparison.overlap) return snapshot;
  const compared = new Set(comparison.sections.map((section) => section.id));
  return { ...snapshot, sections: snapshot.sections.filter((section) => compared.has(section.id)) };
}

export async function runCompare(beforeFile: string, afterFile: string, options: CompareOptions & PrintOptions, io: Io): Promise<void> {
  await applyAsyncCommand(io, (context) => compareCommand(beforeFile, afterFile, { ...options, ...context }), { browser: options.browser, paper: options.paper });
}
