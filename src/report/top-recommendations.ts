import { recommendationsFor } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Scorecard } from '../scoring/scorecard.js';

export interface Recommendation {
  sectionId: string;
  sectionTitle: string;
  band: string;
  text: string;
}

/**
 * What to do first: the recommendations each section gives for the band it reached, weakest
 * section first, taking one from each section in turn so the advice covers more than one area.
 */
export function topRecommendations(scorecard: Scorecard, questionnaire: Questionnaire, limit = 3): Recommendation[] {
  const weakestFirst = questionnaire.sections
    .map((section, i) => ({ section, result: scorecard.sections[i] }))
    .filter(({ result }) => result?.score !== null && result?.score !== undefined && result.band !== null)
    .sort((a, b) => (a.result?.score ?? 0) - (b.result?.score ?? 0) || b.section.weight - a.section.weight);
  const lists = weakestFirst.map(({ section, result }) => {
    const band = result?.band?.label ?? '';
    return recommendationsFor(section, band).map((text) => ({ sectionId: section.id, sectionTitle: section.title, band, text }));
  });
  const picked: Recommendation[] = [];
  for (let round = 0; picked.length < limit && lists.some((list) => list.length > round); round++) {
    for (const list of lists) {
      const recommendation = list[round];
      if (recommendation && picked.length < limit) picked.push(recommendation);
    }
  }
  return picked;
}
