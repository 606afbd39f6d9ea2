import type { ItemSummary } from '../../scoring/team/team-summary.js';
import { formatPercent, formatScore } from '../format.js';
import type { TeamReportContext } from './context.js';
import { row, STAT_ALIGN, STAT_HEADERS, statCells } from './stat-cells.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

const CALL_OUT = 5;

/** The weakest items, the ones respondents disagree on most, and every item weakest first. */
export function itemSection(context: TeamReportContext): string[] {
  const answered = context.summary.items.filter((item) => item.stats.mean !== null);
  const byMean = [...answered].sort((a, b) => (a.stats.mean ?? 0) - (b.stats.mean ?? 0) || byCodeUnits(a.id, b.id));
  const bySpread = answered
    .filter((item) => item.stats.sd !== null && item.stats.n >= 3)
    .sort((a, b) => (b.stats.sd ?? 0) - (a.stats.sd ?? 0) || byCodeUnits(a.id, b.id));
  const lines = ['## Items', ''];
  if (byMean.length === 0) return [...lines, 'No scored question was answered.'];
  lines.push('### Weakest items', '', 'Lowest team means (0 to 100, after reverse keying):', '');
  byMean.slice(0, CALL_OUT).forEach((item, i) => lines.push(`${i + 1}. ${label(context, item)} Mean ${formatScore(item.stats.mean)}, ${formatPercent(item.favourable)} favourable.`));
  if (bySpread.length > 0) {
    lines.push('', '### Where respondents disagree most', '', 'Highest standard deviation: the team does not share one view of these.', '');
    bySpread.slice(0, CALL_OUT).forEach((item, i) =>
      lines.push(`${i + 1}. ${label(context, item)} SD ${formatScore(item.stats.sd)}, answers from ${formatScore(item.stats.min)} to ${formatScore(item.stats.max)}.`),
    );
  }
  lines.push('', '### All items, weakest first', '', 'Favourable: answers in the top two points of a scale of four or more (after reverse keying), or scoring 75 or more on other question types.', '');
  lines.push(row(['Question', 'Section', ...STAT_HEADERS, 'Favourable']), row(['---', '---', ...STAT_ALIGN, '---:']));
  for (const item of byMean) {
    lines.push(row([`${context.questionText(item.id)}${item.reverse ? ' (reverse-keyed)' : ''}`, context.sectionTitle(item.sectionId), ...statCells(item.stats), formatPercent(item.favourable)]));
  }
  const unanswered = context.summary.items.length - answered.length;
  if (unanswered > 0) lines.push('', `${unanswered} ${unanswered === 1 ? 'question was' : 'questions were'} answered by nobody.`);
  return lines;
}

/** "*Section:* Question text." – the question as a sentence, its section first so the list scans. */
function label(context: TeamReportContext, item: ItemSummary): string {
  const text = context.questionText(item.id);
  return `*${context.sectionTitle(item.sectionId)}:* ${text}${/[.?!]$/.test(text) ? '' : '.'}`;
}
