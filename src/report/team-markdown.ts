import type { Questionnaire } from '../questionnaire/schema.js';
import type { Comparison } from '../scoring/compare.js';
import type { TeamSummary } from '../scoring/team/team-summary.js';
import { chartImageLines, type ChartLink } from './chart-links.js';
import { comparisonLines } from './comparison-section-markdown.js';
import { escapeInline } from './markdown-escape.js';
import { teamReportContext } from './team/context.js';
import { commentSection, recommendationSection, redFlagSection } from './team/feedback.js';
import { gapSection } from './team/gaps.js';
import { indexSection } from './team/indexes.js';
import { itemSection } from './team/items.js';
import { methodLines } from './team/method-note.js';
import { headerLines, summaryLines } from './team/overview.js';
import { reliabilitySection } from './team/reliability.js';
import { sectionTables } from './team/sections.js';
import { tickedOptionsSection } from './team/ticked-options.js';
import { reportDate, titleBlockLines, type Handover } from './title-block.js';

export interface TeamReportOptions {
  /** Inputs skipped as invalid (--skip-invalid); counted, never named, since file names can be people's names. */
  skipped?: number;
  /** Scored questions a form export had no column for (--allow-missing): said in the header. */
  notAsked?: readonly string[];
  /** Charts written beside the report, shown under the summary. */
  charts?: readonly ChartLink[];
  /** The charts of favourable, neutral and unfavourable answers per item (one per section), shown above the table of all items. */
  itemCharts?: readonly ChartLink[];
  /** The heatmap of section means by group, shown with the perception gaps. */
  groupCharts?: readonly ChartLink[];
  /** `team --compare`: the change since an earlier team report. */
  sinceLastTime?: Comparison;
  /** Client, consultant and date for the title block. */
  handover?: Handover;
}

/** The team report a consultant reads out: pure, data in and Markdown out; no respondent is named. */
export function renderTeamReport(summary: TeamSummary, questionnaire: Questionnaire, options: TeamReportOptions = {}): string {
  const context = teamReportContext(summary, questionnaire);
  const parts = [
    [`# ${escapeInline(questionnaire.title)}: team report`, '', ...titleBlock(summary, options.handover ?? {}), ...headerLines(context, options.skipped ?? 0, options.notAsked ?? []), ...minGroupLines(summary)],
    [...summaryLines(context), '', ...chartImageLines(options.charts ?? [])],
    redFlagSection(context),
    sectionTables(context),
    options.sinceLastTime ? ['## Since last time', '', ...comparisonLines(options.sinceLastTime, questionnaire, 3)] : [],
    gapSection(context, chartImageLines(options.groupCharts ?? [])),
    itemSection(context, chartImageLines(options.itemCharts ?? [])),
    indexSection(context),
    reliabilitySection(context),
    recommendationSection(context),
    tickedOptionsSection(context),
    commentSection(context),
    methodLines(questionnaire, options.sinceLastTime?.changeRule),
  ];
  return `${parts.filter((part) => part.length > 0).map((part) => part.join('\n').trimEnd()).join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Client, consultant and the date: the engagement's, else the latest answers', else today. */
function titleBlock(summary: TeamSummary, handover: Handover): string[] {
  const lines = titleBlockLines(handover, reportDate(handover, summary.completed.last));
  return lines.length === 0 ? [] : [...lines, ''];
}

/**
 * The anonymity threshold, for a report without groups: a grouped one states it in its "Compared
 * by" line, so every team report says what its figures can reveal.
 */
function minGroupLines(summary: TeamSummary): string[] {
  if (summary.grouping) return [];
  const min = summary.minGroup;
  return [`- **Anonymity:** the whole team only (no --group-by); groups smaller than ${min} ${min === 1 ? 'respondent' : 'respondents'} would be merged into "other" (--min-group ${min})`];
}
