import type { Question } from '../questionnaire/schema.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { escapeInline } from './markdown-escape.js';

/**
 * What the respondent ticked at the questions asked but not scored (multi, `scoring: none`), shown
 * beside their open answers: the options as the questionnaire words them, escaped.
 */
export function tickedSection(scorecard: Scorecard, questions: ReadonlyMap<string, Question>): string[] {
  if (scorecard.ticks.length === 0) return [];
  const lines = ['## What they ticked', '', 'Questions asked but not scored.', ''];
  for (const ticks of scorecard.ticks) {
    const question = questions.get(ticks.questionId);
    lines.push(questionLine(question?.text ?? ticks.questionId), '');
    const labels = question?.type === 'multi' ? ticks.indices.map((index) => question.options[index]?.label ?? String(index + 1)) : [];
    lines.push(...(labels.length === 0 ? ['Nothing ticked.'] : labels.map((label) => `- ${escapeInline(label)}`)), '');
  }
  return lines;
}

/** A question as the bold line over its answer, escaped. */
export function questionLine(text: string): string {
  const question = escapeInline(text);
  // A bold line without closing punctuation reads as a heading to markdownlint (MD036).
  return /[.,;:!?]$/.test(question) ? `**${question}**` : `**${question}**:`;
}
