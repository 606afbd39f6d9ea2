import { formatPercent, formatScore } from './format.js';
import { escapeInline } from './markdown-escape.js';
import { othersLabel } from './reader-advice.js';
import type { Recommendation } from './top-recommendations.js';

/** A section as the summary names it: title (escaped by the caller or not), score and band. */
export interface AreaStanding {
  title: string;
  score: number | null;
  band: string | undefined;
}

/** "Strongest area" and "weakest area" bullets, when at least two sections have a score. */
export function strongestWeakestLines(areas: readonly AreaStanding[]): string[] {
  const ranked = areas.filter((area): area is AreaStanding & { score: number } => area.score !== null);
  if (ranked.length < 2) return [];
  // Highest first; a tie keeps the questionnaire's order, so the first section named wins.
  const best = ranked.reduce((a, b) => (b.score > a.score ? b : a));
  const worst = ranked.reduce((a, b) => (b.score < a.score ? b : a));
  const describe = (area: AreaStanding) => `${escapeInline(area.title)} (${formatScore(area.score)}${area.band ? `, ${escapeInline(area.band)}` : ''})`;
  return [`- **Strongest area:** ${describe(best)}`, `- **Weakest area:** ${describe(worst)}`];
}

/**
 * "### What to do first": the numbered recommendations, each with its section and band; one the
 * reader does not take themselves starts with who does ("For Owner and managers: …").
 */
export function whatToDoFirstLines(recommendations: readonly Recommendation[], depth = 3): string[] {
  const lines = [`${'#'.repeat(depth)} What to do first`, ''];
  if (recommendations.length === 0) return [...lines, 'The questionnaire gives no recommendation for the levels reached.'];
  recommendations.forEach((r, i) => {
    const who = r.forReader ? '' : `${othersLabel(r.audienceTitle)} `;
    lines.push(`${i + 1}. ${who}${escapeInline(r.text)} (${escapeInline(r.sectionTitle)}, ${escapeInline(r.band)})`);
  });
  return lines;
}

/** The coverage sentence under the overall result. */
export function coverageSentence(coverage: number | null): string {
  return `Coverage: ${formatPercent(coverage)} of the weighted questions were answered${coverage !== null && coverage < 1 ? '; unanswered and n/a questions do not count toward the score' : ''}.`;
}
