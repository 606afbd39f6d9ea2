import { formatPercent } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { row } from './stat-cells.js';

/**
 * The unscored multi questions: how many respondents ticked each option. They have no score, so
 * this is all the team report can say of them; counts are withheld below the anonymity threshold.
 */
export function tickedOptionsSection({ summary, questionText }: TeamReportContext): string[] {
  if (summary.ticks.length === 0) return [];
  const lines = ['## What was ticked', '', 'Questions asked but not scored: how many respondents ticked each option.', ''];
  for (const question of summary.ticks) {
    lines.push(`### ${questionText(question.questionId)}`, '');
    const answered = `${question.respondents} ${question.respondents === 1 ? 'respondent' : 'respondents'} answered`;
    if (question.options === null) {
      lines.push(`${answered}, fewer than the anonymity threshold of ${summary.minGroup}: the counts are not shown.`, '');
      continue;
    }
    lines.push(`${answered}; the shares are of them, and add up to more than 100% where they ticked several options.`, '');
    lines.push(row(['Option', 'Respondents', 'Share']), row(['---', '---:', '---:']));
    for (const option of question.options) lines.push(row([escapeInline(option.label), String(option.count), formatPercent(option.share)]));
    lines.push('');
  }
  return lines;
}
