import type { TeamSummary } from '../scoring/team/team-summary.js';
import { formatScore } from './format.js';
import { escapeInline } from './markdown-escape.js';

/** A few lines for a CI job page (GitHub's step summary): the score, each section, gates missed. */
export function renderTeamStepSummary(summary: TeamSummary, failures: readonly string[]): string {
  const { stats, band } = summary.overall;
  const lines = [
    `### ${escapeInline(summary.questionnaire.title)}: team score ${formatScore(stats.mean)} (${escapeInline(band?.label ?? 'no band')})`,
    '',
    `${summary.respondents} respondents; ${summary.redFlags.reduce((sum, flag) => sum + flag.respondents, 0)} red flags raised.`,
    '',
    '| Section | Mean | Band |',
    '| --- | ---: | --- |',
    ...summary.sections.map((section) => `| ${escapeInline(section.title)} | ${formatScore(section.stats.mean)} | ${escapeInline(section.band?.label ?? '–')} |`),
  ];
  if (failures.length > 0) lines.push('', ...failures.map((failure) => `- ✖ ${escapeInline(failure)}`));
  return `${lines.join('\n')}\n\n`;
}
