import { bandFor } from '../../scoring/bands.js';
import { shownDifference } from '../../scoring/shown.js';
import type { GroupSummary, Grouping, TeamSummary } from '../../scoring/team/team-summary.js';
import { formatPercent, formatScore, oneDecimal } from '../format.js';
import { listInWords } from '../list-in-words.js';
import { escapeInline } from '../markdown-escape.js';

// The team's headline, under its score: a mean alone hides a team split between bands, or a group
// of staff far below their managers, so it says how many respondents are in each band and, when
// grouped, how far apart the groups are. Markdown, escaped, for the report and the CI step summary.

/**
 * "8 of 20 respondents (40%) are At risk, 9 (45%) Developing, 2 (10%) Strong and 1 (5%) Exceptional.":
 * the worst band first, as that is where the work is; bands nobody is in are left out.
 */
export function bandShareSentence(summary: TeamSummary): string | undefined {
  const scored = summary.overall.stats.n;
  const reached = [...summary.overall.bands].reverse().filter((band) => band.count > 0);
  const [first, ...rest] = reached;
  if (!first || scored === 0) return undefined;
  const share = (count: number) => formatPercent(count / scored);
  const lead = `${first.count} of ${scored} ${scored === 1 ? 'respondent' : 'respondents'} (${share(first.count)}) ${first.count === 1 ? 'is' : 'are'} ${escapeInline(first.label)}`;
  return `${listInWords([lead, ...rest.map((band) => `${band.count} (${share(band.count)}) ${escapeInline(band.label)}`)])}.`;
}

/** Groups shown on their own: the pooled remainder ("other") mixes people who see different things, so no comparison rests on it. */
export function comparableGroups(grouping: Grouping): GroupSummary[] {
  return grouping.groups.filter((group) => group.members.length === 0);
}

/**
 * The groups' story in two sentences: the lowest- and highest-scoring group with their means and
 * bands, then the section where groups differ most; and, when small groups were pooled, that they
 * were left out. Empty without grouping.
 */
export function groupHeadline(summary: TeamSummary): string | undefined {
  const grouping = summary.grouping;
  if (!grouping || grouping.leftOut > 0) return undefined;
  const attribute = escapeInline(grouping.attribute);
  const rated = comparableGroups(grouping).filter((group): group is GroupSummary & { overall: number } => group.overall !== null);
  const pooled = pooledNote(grouping);
  if (rated.length < 2) {
    return [`By ${attribute}, fewer than two groups have ${grouping.minGroup} or more respondents with a score, so no group is compared with another.`, pooled].filter(Boolean).join(' ');
  }
  const low = rated.reduce((a, b) => (b.overall < a.overall ? b : a));
  const high = rated.reduce((a, b) => (b.overall > a.overall ? b : a));
  const standing = (group: GroupSummary & { overall: number }) => `${formatScore(group.overall)} (${escapeInline(bandFor(group.overall, summary.overall.bands)?.label ?? 'no band')})`;
  const sentences = [`By ${attribute}, **${escapeInline(low.name)}** (${low.n} ${low.n === 1 ? 'respondent' : 'respondents'}) average ${standing(low)} and **${escapeInline(high.name)}** (${high.n}) ${standing(high)}.`];
  const gap = grouping.gaps[0];
  const section = summary.sections.find((s) => s.id === gap?.sectionId);
  if (gap && section) {
    const points = oneDecimal(shownDifference(gap.low.mean, gap.high.mean));
    sentences.push(
      `The widest gap is on **${escapeInline(section.title)}**: ${escapeInline(gap.high.group)} ${formatScore(gap.high.mean)}, ${escapeInline(gap.low.group)} ${formatScore(gap.low.mean)}, ${points} points apart.`,
    );
  }
  if (pooled) sentences.push(pooled);
  return sentences.join(' ');
}

/** '"other" pools the small groups (back-office and owner) and is left out of the comparisons: …'. */
export function pooledNote(grouping: Grouping): string | undefined {
  const pooled = grouping.groups.find((group) => group.members.length > 0);
  if (!pooled) return undefined;
  const members = listInWords(pooled.members.map((member) => escapeInline(member)));
  return `"${escapeInline(pooled.name)}" pools the groups too small to show on their own (${members}) and is left out of the comparisons: a pooled group mixes people who see things differently.`;
}

/** The headline lines under the team score: band shares, then the groups; nothing when neither applies. */
export function teamHeadlineLines(summary: TeamSummary): string[] {
  return [bandShareSentence(summary), groupHeadline(summary)].filter((line): line is string => line !== undefined);
}
