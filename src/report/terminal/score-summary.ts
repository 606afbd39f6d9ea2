import type { ChalkInstance } from 'chalk';
import type { Band, Questionnaire, Rubric } from '../../questionnaire/schema.js';
import { bandsDescending, sectionRubric } from '../../scoring/bands.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatPercent, formatScore } from '../format.js';
import { describeRespondent } from '../respondent.js';
import { bandColor, scoreBar } from './bar.js';
import { visibleLength } from './table.js';

export function paintBand(style: ChalkInstance, band: Band | null, rubric: Rubric): (text: string) => string {
  if (!band) return style.dim;
  const ordered = bandsDescending(rubric);
  return bandColor(style, ordered.findIndex((b) => b.label === band.label), ordered.length);
}

/** The compact per-file summary of `score` and the results screen: overall, a bar per section, red flags. */
export function renderScoreSummary(scorecard: Scorecard, questionnaire: Questionnaire, style: ChalkInstance, columns = 80): string {
  const lines: string[] = [];
  const who = describeRespondent(scorecard.respondent);
  const heading = [clean(questionnaire.title), clean(who), clean(scorecard.completed ?? '')].filter(Boolean).join(' · ');
  lines.push(style.bold(heading));
  const overall = scorecard.overall;
  const paint = paintBand(style, overall.band, questionnaire.rubric);
  lines.push(
    `Overall ${style.bold(formatScore(overall.score))} ${paint(clean(overall.band?.label ?? 'no answers'))}` +
      style.dim(`   coverage ${formatPercent(overall.coverage)}`),
  );
  const titleWidth = Math.min(34, Math.max(...scorecard.sections.map((s) => visibleLength(clean(s.title)))));
  const barWidth = Math.max(10, Math.min(30, columns - titleWidth - 26));
  questionnaire.sections.forEach((section, i) => {
    const result = scorecard.sections[i];
    // Text-only sections have nothing to score.
    if (!result || result.coverage === null) return;
    const rubric = sectionRubric(section, questionnaire);
    const color = paintBand(style, result.band, rubric);
    const title = truncate(clean(result.title), titleWidth).padEnd(titleWidth);
    const label = result.band ? ` ${color(clean(result.band.label))}` : '';
    lines.push(`  ${title}  ${scoreBar(result.score, barWidth, style, color)} ${formatScore(result.score).padStart(5)}${label}`);
  });
  if (scorecard.redFlags.length > 0) {
    lines.push(style.red.bold(`Red flags (${scorecard.redFlags.length}):`));
    for (const flag of scorecard.redFlags) lines.push(style.red(`  ! ${clean(flag.message)}`) + style.dim(` [${flag.questionId}: ${clean(flag.answer)}]`));
  }
  return lines.join('\n');
}

function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}
