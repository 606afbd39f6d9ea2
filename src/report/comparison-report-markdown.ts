import type { Questionnaire } from '../questionnaire/schema.js';
import type { Comparison } from '../scoring/compare.js';
import type { TargetReport } from '../scoring/targets.js';
import { chartImageLines, type ChartLink } from './chart-links.js';
import { comparisonLines, describeAssessment } from './comparison-section-markdown.js';
import { escapeInline } from './markdown-escape.js';
import { fileName } from './file-name.js';
import { targetFormulaLines, targetLines } from './target-markdown.js';
import { changeRuleFormula } from './change-note.js';
import { reportDate, titleBlockLines, type Handover } from './title-block.js';
import { overlapLines, questionnaireLabel } from './overlap-markdown.js';

/** The `compare -o` report: two assessments of one questionnaire side by side, and the target if given. */
export function renderComparisonReport(comparison: Comparison, questionnaire: Questionnaire, options: { charts?: readonly ChartLink[]; target?: TargetReport; handover?: Handover } = {}): string {
  const handover = options.handover ?? {};
  const out = [
    `# ${escapeInline(questionnaire.title)}: what changed`,
    '',
    ...titleBlockLines(handover, reportDate(handover, comparison.after.date)),
    '',
    ...assessmentLines(comparison, questionnaire),
    '',
    '## Summary',
    '',
    ...chartImageLines(options.charts ?? []),
    ...comparisonLines(comparison, questionnaire, 2),
    '',
  ];
  if (options.target) out.push(...targetLines(options.target, questionnaire, 2), '');
  if (comparison.overlap) out.push(...overlapLines(comparison.overlap, 2, new Map(comparison.sections.map((section) => [section.id, section.title]))), '');
  out.push(
    '## How this was compared',
    '',
    'Sections and questions are matched by id. A change is after minus before, on the 0 to 100 scale; one that rounds to 0.0 counts as no change. A question unanswered or n/a on either side has no change. Red flags are matched by question.',
  );
  const formulas = [...changeRuleFormula(comparison.changeRule), ...(options.target ? targetFormulaLines() : [])];
  if (formulas.length > 0) out.push('', ...formulas);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Before and after, with the questionnaire: one line for both, or each its own when they differ. */
function assessmentLines(comparison: Comparison, questionnaire: Questionnaire): string[] {
  const line = (name: string, ref: Comparison['before']) => `- **${name}:** ${describeAssessment(ref)} (${escapeInline(fileName(ref.source))})`;
  const [before, after] = comparison.overlap?.questionnaires ?? [];
  if (before && after) return [`${line('Before', comparison.before)}, answering ${questionnaireLabel(before)}`, `${line('After', comparison.after)}, answering ${questionnaireLabel(after)}`];
  return [line('Before', comparison.before), line('After', comparison.after), `- **Questionnaire:** ${questionnaireLabel(questionnaire)}`];
}
