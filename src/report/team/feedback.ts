import { formatPercent, formatScore } from '../format.js';
import { escapeInline, escapeLines } from '../markdown-escape.js';
import { ACTION_ORDER_RULE, type TeamAction } from './actions.js';
import type { TeamReportContext } from './context.js';
import { row } from './stat-cells.js';

/** How many respondents raised each red flag, most first. */
export function redFlagSection({ summary, questionText, sectionTitle }: TeamReportContext): string[] {
  if (summary.redFlags.length === 0) return [];
  const lines = ['## Red flags', '', 'Answers that need attention whatever the team score, and how many respondents gave them:', ''];
  lines.push(row(['Red flag', 'Question', 'Section', 'Respondents']), row(['---', '---', '---', '---:']));
  for (const flag of summary.redFlags) {
    const share = formatPercent(flag.respondents / summary.respondents);
    lines.push(row([escapeInline(flag.message), questionText(flag.questionId), sectionTitle(flag.sectionId), `${flag.respondents} of ${summary.respondents} (${share})`]));
  }
  return lines;
}

/**
 * Every action the questionnaire gives for the team's bands, as one numbered table: most important
 * first (the rule is stated above it), each with who acts and the section and band it answers.
 */
export function recommendationSection({ actions }: TeamReportContext): string[] {
  if (actions.length === 0) return [];
  const lines = ['## Recommendations', '', ACTION_ORDER_RULE, '', row(['#', 'Action', 'Who acts', 'Section']), row(['---:', '---', '---', '---'])];
  for (const action of actions) lines.push(row([String(action.rank), escapeInline(action.text), escapeInline(action.audienceTitle), actionSection(action)]));
  return lines;
}

/** "Complaints (At risk, team mean 48.3)"; a section of open questions follows the team's overall band. */
function actionSection(action: TeamAction): string {
  const title = escapeInline(action.sectionTitle);
  const band = escapeInline(action.band);
  return action.mean === null ? `${title} (not scored: the team's overall band, ${band})` : `${title} (${band}, team mean ${formatScore(action.mean)})`;
}

/** Free-text answers by question, without attribution, sorted by text (not by who answered when). */
export function commentSection({ summary, questionText }: TeamReportContext): string[] {
  if (summary.comments.length === 0) return [];
  const lines = ['## In their own words', '', 'Answers to the open questions, unattributed and in alphabetical order.', ''];
  for (const group of summary.comments) {
    lines.push(`### ${questionText(group.questionId)}`, '');
    for (const { text, count } of group.texts) {
      const paragraphs = escapeLines(text);
      if (count > 1) paragraphs[paragraphs.length - 1] += ` (${count} respondents)`;
      const [first = '', ...rest] = paragraphs;
      lines.push(`- ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`)));
    }
    lines.push('');
  }
  return lines;
}
