import type { ChalkInstance } from 'chalk';
import type { Band, Questionnaire, Rubric } from '../../questionnaire/schema.js';
import { questionTexts } from '../../questionnaire/labels.js';
import { sectionRubric } from '../../scoring/bands.js';
import { bandTone } from '../band-tone.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { displayWidth, padToWidth } from '../../util/display-width.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatPercent, formatScore } from '../format.js';
import { describeRespondent } from '../respondent.js';
import { scoreBar, toneColor } from './bar.js';
import { truncate, wrapText } from './wrap.js';

export function paintBand(style: ChalkInstance, band: Band | null, rubric: Rubric): (text: string) => string {
  const tone = bandTone(band, rubric);
  return tone ? toneColor(style, tone) : style.dim;
}

export interface ScoreSummaryOptions {
  /**
   * How a red flag names its question: by id for `score`, whose readers look answers up in the
   * file; by its text, shortened, on the results screen, whose reader is the respondent.
   */
  questionsBy?: 'id' | 'text';
}

/** Room for a question's text in a red flag's "[question: answer]". */
const FLAG_QUESTION_WIDTH = 40;

/** The compact per-file summary of `score` and the results screen: overall, a bar per section, red flags. */
export function renderScoreSummary(
  scorecard: Scorecard,
  questionnaire: Questionnaire,
  style: ChalkInstance,
  columns = 80,
  options: ScoreSummaryOptions = {},
): string {
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
  // Text-only sections have nothing to score.
  lines.push(...sectionBarLines(scorecard.sections.filter((s) => s.coverage !== null), questionnaire, style, columns));
  if (scorecard.redFlags.length > 0) {
    lines.push(style.red.bold(`Red flags (${scorecard.redFlags.length}):`));
    const texts = options.questionsBy === 'text' ? questionTexts(questionnaire) : undefined;
    for (const flag of scorecard.redFlags) {
      const message = clean(flag.message);
      const text = texts?.get(flag.questionId);
      // The question's words and the answer as the review showed them ("question → answer").
      const source = text === undefined ? `[${flag.questionId}: ${clean(flag.answer)}]` : `[${truncate(oneLine(text), FLAG_QUESTION_WIDTH)} → ${clean(flag.answer)}]`;
      if (displayWidth(`  ! ${message} ${source}`) < columns) {
        lines.push(style.red(`  ! ${message}`) + style.dim(` ${source}`));
        continue;
      }
      // Too long for one line: wrapped, with the question and answer under it, so nothing runs past the edge.
      wrapText(message, Math.max(20, columns - 5)).forEach((line, i) => lines.push(style.red(`${i === 0 ? '  ! ' : '    '}${line}`)));
      lines.push(style.dim(`    ${truncate(source, Math.max(20, columns - 5))}`));
    }
  }
  return lines.join('\n');
}

/** A bar per section in its band's colour (ASCII without colour): `score`, the results screen and `team`. */
export function sectionBarLines(
  sections: readonly { id: string; title: string; score: number | null; band: Band | null }[],
  questionnaire: Questionnaire,
  style: ChalkInstance,
  columns = 80,
): string[] {
  const definitions = new Map(questionnaire.sections.map((section) => [section.id, section]));
  const titleWidth = Math.min(34, Math.max(0, ...sections.map((s) => displayWidth(clean(s.title)))));
  const barWidth = Math.max(10, Math.min(30, columns - titleWidth - 26));
  return sections.map((result) => {
    const definition = definitions.get(result.id);
    const color = paintBand(style, result.band, definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric);
    const title = padToWidth(truncate(clean(result.title), titleWidth), titleWidth);
    const label = result.band ? ` ${color(clean(result.band.label))}` : '';
    return `  ${title}  ${scoreBar(result.score, barWidth, style, color)} ${formatScore(result.score).padStart(5)}${label}`;
  });
}

/** Text from a file on one line, safe for the terminal. */
function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}
