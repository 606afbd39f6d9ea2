import { loadAssessment } from '../../load/assessment.js';
import { assessmentCharts } from '../../report/charts/assessment-charts.js';
import type { ComparisonDocument } from '../../report/formats/documents.js';
import { requireAnswerFile, requireSameKind, requireSameQuestionnaire } from '../../scoring/assessment.js';
import { compareSnapshots } from '../../scoring/compare.js';
import { measureTarget } from '../../scoring/targets.js';
import { once } from '../../util/once.js';
import type { Io } from '../io.js';
import { withWarningsPrinted } from '../warnings.js';
import { deliverDocument, printedFormat } from './deliver.js';

export interface CompareOptions {
  output?: string;
  force?: boolean;
  /** The same as --format json. */
  json?: boolean;
  /** terminal (default without -o), markdown (default with -o) or json. */
  format?: string;
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
  const { questionnaire } = after;
  const comparison = compareSnapshots(before.snapshot, after.snapshot);
  const target = goal ? measureTarget(after.snapshot, goal.snapshot, before.snapshot) : undefined;
  const document: ComparisonDocument = {
    kind: 'comparison',
    questionnaire,
    comparison,
    ...(target ? { target } : {}),
    charts: once(() => assessmentCharts(questionnaire, after.snapshot, { previous: before.snapshot, target: goal?.snapshot })),
  };
  deliverDocument(document, printedFormat(options), options.output ?? '-', options.force, io);
}
