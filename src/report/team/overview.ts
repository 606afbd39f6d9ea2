import type { Grouping } from '../../scoring/team/team-summary.js';
import { formatPercent, formatScore } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { strongestWeakestLines, whatToDoFirstLines } from '../executive-summary.js';
import { listInWords } from '../list-in-words.js';
import { firstTeamActions } from './actions.js';
import { teamHeadlineLines } from './headline.js';

/** The header bullets: who answered, which questionnaire, how groups were formed. */
export function headerLines({ summary, questionnaire }: TeamReportContext, skipped: number, notAsked: readonly string[] = []): string[] {
  const lines = [
    `- **Respondents:** ${summary.respondents}; on average ${formatPercent(summary.overall.coverage)} of the weighted questions answered`,
    `- **Questionnaire:** ${escapeInline(questionnaire.title)} (${escapeInline(questionnaire.id)}, version ${escapeInline(String(questionnaire.version))})`,
  ];
  if (summary.grouping) lines.push(`- **Compared by:** ${escapeInline(summary.grouping.attribute)}; ${anonymityNote(summary.grouping)}`);
  if (skipped > 0) lines.push(`- **Skipped:** ${skipped} invalid ${skipped === 1 ? 'input' : 'inputs'} (--skip-invalid); the command listed the problems`);
  if (notAsked.length > 0) {
    const ids = notAsked.map((id) => `\`${escapeInline(id)}\``).join(', ');
    lines.push(`- **Not asked:** ${ids}: the form export had no column for ${notAsked.length === 1 ? 'it' : 'them'} (--allow-missing), so ${notAsked.length === 1 ? 'it counts' : 'they count'} as unanswered`);
  }
  return lines;
}

function anonymityNote(grouping: Grouping): string {
  const min = grouping.minGroup;
  if (min <= 1) return 'every group is shown, however small (--min-group 1)';
  if (grouping.leftOut > 0) return `the team has fewer than ${min} respondents, so no group is shown on its own`;
  const merged = grouping.groups.find((group) => group.members.length > 0);
  const rule = `groups of fewer than ${min} respondents are never shown on their own`;
  if (!merged) return rule;
  return `${rule}, so "${escapeInline(merged.name)}" combines ${listInWords(merged.members.map((m) => escapeInline(m)))}`;
}

/**
 * The executive summary: the team's score and band, how many respondents are in each band and how
 * far apart the groups are, the strongest and weakest sections, red flags (the most widespread one
 * named), and what to do first.
 */
export function summaryLines(context: TeamReportContext): string[] {
  const { summary } = context;
  const { stats, band } = summary.overall;
  const lines = ['## Executive summary', ''];
  if (stats.mean === null) return [...lines, 'No respondent answered a scored question, so there is no team score.'];
  lines.push(
    `**Team score: ${formatScore(stats.mean)} out of 100, ${escapeInline(band?.label ?? 'no band')}** (the mean of ${stats.n} respondents' overall scores; median ${formatScore(stats.median)}, standard deviation ${formatScore(stats.sd)}, from ${formatScore(stats.min)} to ${formatScore(stats.max)}).`,
  );
  for (const line of teamHeadlineLines(summary)) lines.push('', line);
  if (band?.summary) lines.push('', escapeInline(band.summary));
  // Labelled as in an individual report's summary, so both read the same way.
  const findings = strongestWeakestLines(summary.sections.map((s) => ({ title: s.title, score: s.stats.mean, band: s.band?.label })));
  findings.push(`- **Red flags:** ${redFlagFinding(summary)}`);
  lines.push('', ...findings);
  lines.push('', ...whatToDoFirstLines(firstTeamActions(context.actions)));
  return lines;
}

/** "none", or how many distinct flags, how often raised, and the one raised by most respondents (the first of equals). */
function redFlagFinding(summary: TeamReportContext['summary']): string {
  const flags = summary.redFlags;
  const widest = flags.reduce<(typeof flags)[number] | undefined>((a, b) => (a === undefined || b.respondents > a.respondents ? b : a), undefined);
  if (!widest) return 'none';
  const raised = flags.reduce((sum, flag) => sum + flag.respondents, 0);
  const distinct = flags.length === 1 ? '1 red flag' : `${flags.length} different red flags`;
  return `${distinct}, raised ${raised} ${raised === 1 ? 'time' : 'times'} in all (see Red flags); the most widespread: **${escapeInline(widest.message)}** (${widest.respondents} of ${summary.respondents} respondents)`;
}
