import { recommendationsFor } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Scorecard } from '../scoring/scorecard.js';

export interface Recommendation {
  sectionId: string;
  sectionTitle: string;
  band: string;
  text: string;
}

/** A section's score and band, from one respondent or a team's means: what the pick needs. */
export interface SectionStanding {
  score: number | null | undefined;
  band: string | null | undefined;
}

/**
 * What to do first: the recommendations each section gives for the band it reached, weakest
 * section first, taking one from each section in turn so the advice covers more than one area.
 */
export function topRecommendations(scorecard: Scorecard, questionnaire: Questionnaire, limit = 3): Recommendation[] {
  return firstRecommendations(
    questionnaire,
    questionnaire.sections.map((_, i) => ({ score: scorecard.sections[i]?.score, band: scorecard.sections[i]?.band?.label })),
    limit,
  );
}

/** The same rule over any standing per section, in the questionnaire's order (a team's section means in the team report). */
export function firstRecommendations(questionnaire: Questionnaire, standings: readonly (SectionStanding | undefined)[], limit = 3): Recommendation[] {
  const weakestFirst = questionnaire.sections
    .map((section, i) => ({ section, score: standings[i]?.score, band: standings[i]?.band }))
    .filter((entry): entry is { section: (typeof questionnaire.sections)[number]; score: number; band: string } => typeof entry.score === 'number' && typeof entry.band === 'string')
    .sort((a, b) => a.score - b.score || b.section.weight - a.section.weight);
  const lists = weakestFirst.map(({ section, band }) =>
    recommendationsFor(section, band).map((text) => ({ sectionId: section.id, sectionTitle: section.title, band, text })),
  );
  const picked: Recommendation[] = [];
  for (let round = 0; picked.length < limit && lists.some((list) => list.length > round); round++) {
    for (const list of lists) {
      const recommendation = list[round];
      if (recommendation && picked.length < limit) picked.push(recommendation);
    }
  }
  return picked;
}
