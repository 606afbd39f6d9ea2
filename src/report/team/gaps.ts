import type { GroupSummary, Grouping, PerceptionGap } from '../../scoring/team/team-summary.js';
import { shownDifference } from '../../scoring/shown.js';
import { formatDifference, formatScore, oneDecimal } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { comparableGroups, pooledNote } from './headline.js';
import { row } from './stat-cells.js';

/** Differences at least this large (points) are bold in the heatmap. */
const NOTABLE = 10;

/** "Respondents with role **manager** rate **Complaints** 24.3 points higher than those with role **front-line** (71.2 vs 46.9)." */
export function gapSentence(gap: PerceptionGap, grouping: Grouping, context: TeamReportContext): string {
  const who = (name: string) => `with ${escapeInline(grouping.attribute)} **${escapeInline(name)}**`;
  return `Respondents ${who(gap.high.group)} rate **${context.sectionTitle(gap.sectionId)}** ${oneDecimal(shownDifference(gap.low.mean, gap.high.mean))} points higher than those ${who(gap.low.group)} (${formatScore(gap.high.mean)} vs ${formatScore(gap.low.mean)}).`;
}

/** Gaps between groups shown on their own, then each group's section means and their difference from the whole team. */
export function gapSection(context: TeamReportContext, chartLines: readonly string[] = []): string[] {
  const grouping = context.summary.grouping;
  if (!grouping) return [];
  const lines = [`## Perception gaps by ${escapeInline(grouping.attribute)}`, ''];
  const pooled = pooledNote(grouping);
  if (comparableGroups(grouping).length < 2) {
    const none = `There are fewer than two groups to compare (a group needs at least ${grouping.minGroup} ${grouping.minGroup === 1 ? 'respondent' : 'respondents'} to be shown).`;
    if (grouping.groups.length < 2) return [...lines, none];
    lines.push([none, pooled].filter(Boolean).join(' '), '');
  } else {
    lines.push(`Groups: ${grouping.groups.map((g) => `${escapeInline(g.name)} (${g.n})`).join(', ')}. Largest gap between the highest- and lowest-rating group first:`, '');
    grouping.gaps.forEach((gap, i) => lines.push(`${i + 1}. ${gapSentence(gap, grouping, context)}`));
    if (pooled) lines.push('', pooled);
  }
  lines.push('', '### Section means by group', '', ...chartLines, ...meansTable(context, grouping.groups), '');
  lines.push('### Difference from the whole team', '', `Each group's mean minus the team's, in points; **bold** when ${NOTABLE} or more either way. A dash: fewer than ${grouping.minGroup} of the group answered the section.`, '');
  lines.push(...differenceTable(context, grouping.groups));
  return lines;
}

function meansTable(context: TeamReportContext, groups: readonly GroupSummary[]): string[] {
  const { summary } = context;
  const lines = [row(['Section', 'Team', ...groups.map((g) => `${escapeInline(g.name)} (n=${g.n})`)]), row(['---', '---:', ...groups.map(() => '---:')])];
  lines.push(row(['**Overall**', formatScore(summary.overall.stats.mean), ...groups.map((g) => formatScore(g.overall))]));
  summary.sections.forEach((section, i) => {
    lines.push(row([escapeInline(section.title), formatScore(section.stats.mean), ...groups.map((g) => formatScore(g.sections[i]?.mean ?? null))]));
  });
  return lines;
}

function differenceTable(context: TeamReportContext, groups: readonly GroupSummary[]): string[] {
  const { summary } = context;
  // From the shown means, so each cell is the means table's group figure minus its team figure.
  const cell = (groupMean: number | null, teamMean: number | null) => {
    const difference = groupMean === null || teamMean === null ? null : shownDifference(teamMean, groupMean);
    const text = formatDifference(difference);
    return difference !== null && Math.abs(difference) >= NOTABLE ? `**${text}**` : text;
  };
  const lines = [row(['Section', ...groups.map((g) => escapeInline(g.name))]), row(['---', ...groups.map(() => '---:')])];
  lines.push(row(['**Overall**', ...groups.map((g) => cell(g.overall, summary.overall.stats.mean))]));
  summary.sections.forEach((section, i) => lines.push(row([escapeInline(section.title), ...groups.map((g) => cell(g.sections[i]?.mean ?? null, section.stats.mean))])));
  return lines;
}
