import type { Questionnaire } from '../questionnaire/schema.js';
import type { DimensionView, Mirror, MirrorDimension, MirrorSide, OneSidedDimension } from '../scoring/mirror.js';
import { chartImageLines, type ChartLink } from './chart-links.js';
import { formatDifference, formatScore } from './format.js';
import { escapeInline } from './markdown-escape.js';
import { gapSentence, oneSidedSentence, verdictLabel } from './mirror-sentence.js';
import { reportDate, titleBlockLines, type Handover } from './title-block.js';

export interface MirrorReportOptions {
  charts?: readonly ChartLink[];
  handover?: Handover;
  /** The later side's latest response, dating the report when the engagement gives no date. */
  date?: string | null;
}

/** The `mirror` report: staff and customers side by side on the dimensions both measure, blind spots first. */
export function renderMirrorReport(mirror: Mirror, questionnaires: { staff: Questionnaire; customers: Questionnaire }, options: MirrorReportOptions = {}): string {
  const handover = options.handover ?? {};
  const out = [
    '# Staff and customers: the mirror',
    '',
    ...titleBlockLines(handover, reportDate(handover, options.date)),
    '',
    `- **Staff:** ${sideLine(mirror.staff, questionnaires.staff)}`,
    `- **Customers:** ${sideLine(mirror.customers, questionnaires.customers)}`,
    '',
    ...smallSideLines(mirror),
    '## What the mirror shows',
    '',
    ...summaryLines(mirror),
    '',
    ...chartImageLines(options.charts ?? []),
    '## Side by side',
    '',
    '| Dimension | Staff | n | Customers | n | Gap | Reading |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...mirror.dimensions.map(tableRow),
    '',
    verdictRule(mirror.threshold),
    '',
    ...oneSidedLines(mirror.oneSided),
    '## How the dimensions were scored',
    '',
    ...methodLines(mirror),
  ];
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function sideLine(side: MirrorSide, questionnaire: Questionnaire): string {
  const who = `${side.respondents} ${side.respondents === 1 ? 'respondent' : 'respondents'}`;
  return `${who}, ${escapeInline(questionnaire.title)} (${escapeInline(questionnaire.id)}, version ${escapeInline(String(questionnaire.version))})`;
}

/** A side below the anonymity minimum is shown only with --allow-small-groups, and the report says so. */
function smallSideLines(mirror: Mirror): string[] {
  const small = (['staff', 'customers'] as const).filter((name) => mirror[name].small);
  return small.map((name) => `**Small group:** the ${name === 'staff' ? 'staff' : "customers'"} side has ${mirror[name].respondents} ${mirror[name].respondents === 1 ? 'respondent' : 'respondents'}; its scores can show one person's answers.\n`);
}

/** One sentence per blind spot and hidden strength, biggest first; the dimensions in step named together. */
function summaryLines(mirror: Mirror): string[] {
  const notable = mirror.dimensions.filter((d) => d.verdict === 'blind-spot' || d.verdict === 'hidden-strength');
  const inStep = mirror.dimensions.filter((d) => d.verdict === 'in-step');
  const unscored = mirror.dimensions.filter((d) => d.verdict === 'no-score');
  const lines = notable.map((dimension) => `- ${escapeInline(gapSentence(dimension))}`);
  // Said once, where it applies: the reading a client most needs, in plain words.
  if (notable.some((d) => d.verdict === 'blind-spot')) lines.unshift("Service is what the customer says it is. A blind spot is where staff rate themselves well above what their customers see: customers meet a problem staff do not.", '');
  if (notable.length === 0) lines.push(`- No gap of ${mirror.threshold} points or more: staff and customers see these dimensions alike.`);
  if (inStep.length > 0) lines.push(`- In step (a gap under ${mirror.threshold} points): ${inStep.map((d) => `${escapeInline(d.title)} (${formatDifference(d.shownGap)})`).join(', ')}.`);
  lines.push(...unscored.map((dimension) => `- ${escapeInline(gapSentence(dimension))}`));
  return lines;
}

function tableRow(dimension: MirrorDimension): string {
  const { staff, customers } = dimension;
  return `| ${escapeInline(dimension.title)} | ${formatScore(staff.mean)} | ${staff.n} | ${formatScore(customers.mean)} | ${customers.n} | ${formatDifference(dimension.shownGap)} | ${verdictLabel(dimension)} |`;
}

function verdictRule(threshold: number): string {
  const points = `${threshold} ${threshold === 1 ? 'point' : 'points'}`;
  return (
    `Gap is the staff score minus the customers' score, as shown; n is the respondents with a score there. ` +
    `A **blind spot**: staff rate a dimension at least ${points} higher than their customers do. ` +
    `A **hidden strength**: customers rate it at least ${points} higher than staff do. **In step** otherwise.`
  );
}

function oneSidedLines(oneSided: readonly OneSidedDimension[]): string[] {
  if (oneSided.length === 0) return [];
  return ['## Measured by one side only', '', 'No gap can be read for these: the other side was not asked.', '', ...oneSided.map((d) => `- ${escapeInline(oneSidedSentence(d))}`), ''];
}

function methodLines(mirror: Mirror): string[] {
  const lines = [
    "Each side's score for a dimension is its team mean (0 to 100) in the section that measures it: sections name what they measure with `dimension:` in each questionnaire.",
  ];
  if (!mirror.combinesSections) return lines;
  lines.push(
    '',
    "Where several sections measure one dimension on a side, the dimension's score is the weighted mean of those sections' means, by section weight (a section nobody scored is left out), and n is the most respondents any of them has:",
    '',
  );
  const views: { side: string; title: string; view: DimensionView }[] = [
    ...mirror.dimensions.flatMap((d) => [{ side: 'staff', title: d.title, view: d.staff }, { side: 'customers', title: d.title, view: d.customers }]),
    ...mirror.oneSided.map((d) => ({ side: d.side, title: d.title, view: d.view })),
  ];
  for (const { side, title, view } of views.filter((entry) => entry.view.sections.length > 1)) {
    const parts = view.sections.map((section) => `${escapeInline(section.title)} ${formatScore(section.mean)} (weight ${section.weight})`);
    lines.push(`- ${escapeInline(title)}, ${side}: ${parts.join(', ')}: ${formatScore(view.mean)}.`);
  }
  return lines;
}
