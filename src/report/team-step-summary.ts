import type { TeamSummary } from '../scoring/team/team-summary.js';
import { formatScore } from './format.js';
import { escapeInline } from './markdown-escape.js';
import { teamHeadlineLines } from './team/headline.js';

/** A few lines for a CI job page (GitHub's step summary): the score, the headline (bands, groups), each section, gates missed. */
export function renderTeamStepSummary(summary: TeamSummary, failures: readonly string[]): string {
  const { stats, band } = summary.overall;
  const lines = [
    `### ${escapeInline(summary.questionnaire.title)}: team score ${formatScore(stats.mean)} (${escapeInline(band?.label ?? 'no band')})`,
    '',
    countsLine(summary),
    '',
    ...teamHeadlineLines(summary).flatMap((line) => [line, '']),
    '| Section | Mean | Band |',
    '| --- | ---: | --- |',
    ...summary.sections.map((section) => `| ${escapeInline(section.title)} | ${formatScore(section.stats.mean)} | ${escapeInline(section.band?.label ?? '–')} |`),
  ];
  if (failures.length > 0) lines.push('', ...failures.map((failure) => `- ✖ ${escapeInline(failure)}`));
  return `${lines.join('\n')}\n\n`;
}

/** "20 respondents; 9 responses with a red flag; 4 distinct red flags.": each count names what it counts (a flag is a question, counted once however many raised it). */
function countsLine(summary: TeamSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(summary.respondents, 'respondent', 'respondents')}; ${count(summary.respondentsWithRedFlags, 'response', 'responses')} with a red flag; ${count(summary.redFlags.length, 'distinct red flag', 'distinct red flags')}.`;
}
