import type { ItemSummary } from '../../scoring/team/team-summary.js';
import { formatPercent, formatScore } from '../format.js';
import type { TeamReportContext } from './context.js';
import { row, STAT_ALIGN, STAT_HEADERS, statCells } from './stat-cells.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

const CALL_OUT = 5;

/** The weakest items, the ones respondents disagree on most, and every item weakest first. */
export function itemSection(context: TeamReportContext, chartLines: readonly string[] = []): string[] {
  const answered = context.summary.items.filter((item) => item.stats.mean !== null);
  const byMean = [...answered].sort((a, b) => (a.stats.mean ?? 0) - (b.stats.mean ?? 0) || byCodeUnits(a.id, b.id));
  const bySpread = answered
    .filter((item) => item.stats.sd !== null && item.stats.n >= 3)
    .sort((a, b) => relativeSpread(b) - relativeSpread(a) || byCodeUnits(a.id, b.id));
  const lines = ['## Items', ''];
  if (byMean.length === 0) return [...lines, 'No scored question was answered.'];
  lines.push('### Weakest items', '', 'Lowest team means (0 to 100, after reverse keying):', '');
  byMean.slice(0, CALL_OUT).forEach((item, i) => lines.push(`${i + 1}. ${label(context, item)} Mean ${formatScore(item.stats.mean)}, ${formatPercent(item.favourable)} favourable.`));
  if (bySpread.length > 0) {
    lines.push('', '### Where respondents disagree most', '', SPREAD_NOTE, '');
    bySpread.slice(0, CALL_OUT).forEach((item, i) =>
      lines.push(
        `${i + 1}. ${label(context, item)} SD ${formatScore(item.stats.sd)}, ${formatRatio(relativeSpread(item))} × an even spread (${formatScore(item.evenSpread)}); answers from ${formatScore(item.stats.min)} to ${formatScore(item.stats.max)}.`,
      ),
    );
  }
  lines.push('', '### All items, weakest first', '', ...favourableMeaning(answered), '', ...chartLines);
  lines.push(row(['Question', 'Section', ...STAT_HEADERS, 'Favourable']), row(['---', '---', ...STAT_ALIGN, '---:']));
  for (const item of byMean) {
    lines.push(row([`${context.questionText(item.id)}${item.reverse ? ' (reverse-keyed)' : ''}`, context.sectionTitle(item.sectionId), ...statCells(item.stats), formatPercent(item.favourable)]));
  }
  const unanswered = context.summary.items.length - answered.length;
  if (unanswered > 0) lines.push('', `${unanswered} ${unanswered === 1 ? 'question was' : 'questions were'} answered by nobody.`);
  return lines;
}

const SPREAD_NOTE =
  'Ranked by spread as a share of an even spread: the SD of the answers over the SD they would have if spread evenly over every answer the question offers (50.0 for yes/no, 35.4 for a five-point scale, 31.6 for a 0–10 score). 1.00 is as spread as answers scattered at random; above 1, the team splits towards the two ends. Raw SDs cannot be compared: a yes/no question has only its two ends to answer with.';

/** SD over the SD of an even spread across the question's answers: comparable across question types. */
export function relativeSpread(item: ItemSummary): number {
  return item.stats.sd === null || item.evenSpread <= 0 ? 0 : item.stats.sd / item.evenSpread;
}

function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** What counts as favourable and unfavourable, for each question type the items have (after reverse keying); neutral is between. */
const FAVOURABLE_BY_TYPE: Record<string, string> = {
  likert: 'agreement scales: favourable the top two points of a scale of four or more (the top point of a shorter one), unfavourable the bottom two (the bottom point)',
  yesno: 'yes/no: favourable the answer that scores 100 (yes, or no when reverse-keyed), unfavourable the other',
  choice: 'choices: favourable an option scoring 75 or more, unfavourable one scoring 25 or less (of a choice of four options from 0 to 100, only the best and the worst option)',
  rating: 'ratings: favourable 75 or more on the 0 to 100 scale, unfavourable 25 or less',
  multi: 'tick-all-that-apply: favourable 75 or more, unfavourable 25 or less',
  nps: '0–10 recommendation: favourable 9 or 10 (promoters), unfavourable 0 to 6 (detractors)',
};

function favourableMeaning(items: readonly ItemSummary[]): string[] {
  const types = [...new Set(items.map((item) => item.type))].filter((type) => FAVOURABLE_BY_TYPE[type]);
  return [
    'Favourable and unfavourable follow each question type\'s own cut, after reverse keying; every other answer is neutral. So a choice question can show a low % favourable beside a middling mean: most answers sit in its middle options.',
    '',
    ...types.map((type) => `- ${FAVOURABLE_BY_TYPE[type]}.`),
  ];
}

/** "*Section:* Question text." – the question as a sentence, its section first so the list scans. */
function label(context: TeamReportContext, item: ItemSummary): string {
  const text = context.questionText(item.id);
  return `*${context.sectionTitle(item.sectionId)}:* ${text}${/[.?!]$/.test(text) ? '' : '.'}`;
}
