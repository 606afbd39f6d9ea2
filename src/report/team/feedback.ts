import { isOpenQuestionsSection, recommendationsFor } from '../../questionnaire/recommendations.js';
import { adviceLines } from '../advice-lines.js';
import { formatPercent, formatScore } from '../format.js';
import { escapeInline, escapeLines } from '../markdown-escape.js';
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

/** The questionnaire's advice for the band of each section's team mean, weakest section first. */
export function recommendationSection({ summary, questionnaire }: TeamReportContext): string[] {
  const lines: string[] = [];
  const weakestFirst = [...summary.sections].filter((s) => s.stats.mean !== null).sort((a, b) => (a.stats.mean ?? 0) - (b.stats.mean ?? 0));
  const advise = (heading: string, advice: string[]) => lines.push(...adviceLines(`### ${heading}`, advice));
  for (const result of weakestFirst) {
    const band = result.band?.label;
    advise(`${escapeInline(result.title)}: ${escapeInline(band ?? '')} (team mean ${formatScore(result.stats.mean)})`, recommendationsFor(questionnaire.sections.find((s) => s.id === result.id), band));
  }
  // Open questions reach no band of their own: their advice follows the team's overall band.
  const overallBand = summary.overall.band?.label;
  for (const section of questionnaire.sections.filter(isOpenQuestionsSection)) {
    advise(`${escapeInline(section.title)}: ${escapeInline(overallBand ?? '')} (the team's overall band; these questions are not scored)`, recommendationsFor(section, overallBand));
  }
  if (lines.length === 0) return [];
  return ['## Recommendations', '', "What to do next, for the band each section's team mean falls in; weakest section first.", '', ...lines];
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
