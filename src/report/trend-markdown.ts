import type { Questionnaire } from '../questionnaire/schema.js';
import type { ChangeRule } from '../scoring/change-significance.js';
import type { Trend, TrendSeries } from '../scoring/trend.js';
import { changeRuleFormula, changeRuleNote } from './change-note.js';
import { chartImageLines, type ChartLink } from './chart-links.js';
import { formatChange, formatScore } from './format.js';
import { escapeInline } from './markdown-escape.js';
import { fileName } from './file-name.js';
import { hasScoresOverTime } from './scored-sections.js';
import { reportDate, titleBlockLines, type Handover } from './title-block.js';
import { overlapLines, questionnaireLabel } from './overlap-markdown.js';

/** The `trend -o` report: a table of scores over time, then one chart of the overall score and every section. */
export function renderTrendReport(trend: Trend, questionnaire: Questionnaire, charts: readonly ChartLink[] = [], handover: Handover = {}): string {
  const dates = trend.assessments.map((a) => escapeInline(a.date));
  const scored = hasScoresOverTime(questionnaire);
  const rows = [trend.overall, ...trend.sections.filter(scored)];
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const out = [
    `# ${escapeInline(questionnaire.title)}: trend`,
    '',
    ...titleBlockLines(handover, reportDate(handover, trend.assessments[trend.assessments.length - 1]?.date)),
    '',
    `- **Assessments:** ${trend.assessments.length}, from ${first} to ${last}`,
    ...(trend.overlap ? [] : [`- **Questionnaire:** ${questionnaireLabel(questionnaire)}`]),
    '',
    '## Scores over time',
    '',
    `| Section | ${dates.join(' | ')} | Change |`,
    `| --- | ${dates.map(() => '---:').join(' | ')} | ---: |`,
    ...rows.map((series) => row(series, trend.changeRule)),
    '',
    `Change is the last score minus the first. ${changeRuleNote(trend.changeRule)}`,
    '',
  ];
  out.push(...chartImageLines(charts));
  out.push('## Assessments', '');
  const answered = trend.overlap?.questionnaires;
  trend.assessments.forEach((a, i) => {
    const which = answered?.[i] ? `, answering ${questionnaireLabel(answered[i])}` : '';
    out.push(`${i + 1}. ${escapeInline(a.date)}: ${escapeInline(a.label)} (${escapeInline(fileName(a.source))})${which}`);
  });
  if (trend.overlap) out.push('', ...overlapLines(trend.overlap, 2, new Map(trend.sections.map((series) => [series.id, series.title]))));
  const formula = changeRuleFormula(trend.changeRule);
  if (formula.length > 0) out.push('', '## Appendix: how a clear change is judged', '', ...formula);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function row(series: TrendSeries, rule: ChangeRule): string {
  const title = series.id === 'overall' ? `**${escapeInline(series.title)}**` : escapeInline(series.title);
  return `| ${title} | ${series.scores.map(formatScore).join(' | ')} | ${formatChange(series.change, rule)} |`;
}
