import type { ChalkInstance } from 'chalk';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { topRecommendations } from '../top-recommendations.js';
import { renderScoreSummary } from './score-summary.js';
import { wrapText } from './wrap.js';

/** What a respondent sees on finishing: the score summary and the three things to do first. Pure. */
export function renderResultsScreen(scorecard: Scorecard, questionnaire: Questionnaire, style: ChalkInstance, columns = 80): string {
  const lines = [renderScoreSummary(scorecard, questionnaire, style, columns, { questionsBy: 'text' })];
  const recommendations = topRecommendations(scorecard, questionnaire);
  if (recommendations.length > 0) {
    lines.push('', style.bold('What to do first:'));
    const width = Math.max(20, columns - 5);
    recommendations.forEach((recommendation, i) => {
      // Actions the respondent does not take themselves say who does, as the report's summary does.
      const who = recommendation.forReader ? '' : `For ${clean(recommendation.audienceTitle)}: `;
      const text = `${who}${clean(recommendation.text)} (${clean(recommendation.sectionTitle)}, ${clean(recommendation.band)})`;
      wrapText(text, width).forEach((line, j) => lines.push(`${j === 0 ? `  ${i + 1}. ` : '     '}${line}`));
    });
  }
  return lines.join('\n');
}
