import { audienceTitle, isReadersAudience } from '../questionnaire/audiences.js';
import { adviceFor } from '../questionnaire/recommendations.js';
import type { Questionnaire, Section } from '../questionnaire/schema.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { readerOf } from './reader-advice.js';

export interface Recommendation {
  sectionId: string;
  sectionTitle: string;
  band: string;
  text: string;
  /** Who acts: an `audiences` id, or `everyone`. */
  audience: string;
  /** The audience's title ("Owner and managers"; "Everyone"). */
  audienceTitle: string;
  /** Whether the reader acts on it: everyone's always; another audience's when the reader's role is in it. */
  forReader: boolean;
}

/** A section's score and band: what the pick needs. */
interface SectionStanding {
  score: number | null | undefined;
  band: string | null | undefined;
}

/**
 * What to do first: the recommendations each section gives for the band it reached, weakest
 * section first, taking one from each section in turn so the advice covers more than one area.
 * The respondent's own actions (their role's and everyone's) come before other people's.
 */
export function topRecommendations(scorecard: Scorecard, questionnaire: Questionnaire, limit = 3): Recommendation[] {
  return firstRecommendations(
    questionnaire,
    questionnaire.sections.map((_, i) => ({ score: scorecard.sections[i]?.score, band: scorecard.sections[i]?.band?.label })),
    limit,
    readerOf(questionnaire, scorecard.respondent),
  );
}

/**
 * The rule over each section's standing, in the questionnaire's order. A reader of null (a role no
 * audience names, or none) owns only everyone's actions, so the others follow them.
 */
function firstRecommendations(questionnaire: Questionnaire, standings: readonly (SectionStanding | undefined)[], limit: number, reader: ReadonlySet<string> | null): Recommendation[] {
  const weakestFirst = questionnaire.sections
    .map((section, i) => ({ section, score: standings[i]?.score, band: standings[i]?.band }))
    .filter((entry): entry is { section: Section; score: number; band: string } => typeof entry.score === 'number' && typeof entry.band === 'string')
    .sort((a, b) => a.score - b.score || b.section.weight - a.section.weight);
  const lists = weakestFirst.map(({ section, band }) => sectionRecommendations(questionnaire, section, band, reader));
  const own = takeInTurn(lists.map((list) => list.filter((r) => r.forReader)), limit);
  return [...own, ...takeInTurn(lists.map((list) => list.filter((r) => !r.forReader)), limit - own.length)];
}

/** A section's advice for a band as recommendations, in the questionnaire's order. */
export function sectionRecommendations(questionnaire: Questionnaire, section: Section, band: string, reader: ReadonlySet<string> | null): Recommendation[] {
  return adviceFor(section, band).map(({ text, audience }) => ({
    sectionId: section.id,
    sectionTitle: section.title,
    band,
    text,
    audience,
    audienceTitle: audienceTitle(questionnaire, audience),
    forReader: isReadersAudience(audience, reader),
  }));
}

/** The first of each list, then the second of each, and so on, up to `limit`: so the picks cover more than one area. */
export function takeInTurn<T>(lists: readonly (readonly T[])[], limit: number): T[] {
  const picked: T[] = [];
  for (let round = 0; picked.length < limit && lists.some((list) => list.length > round); round++) {
    for (const list of lists) {
      const entry = list[round];
      if (entry !== undefined && picked.length < limit) picked.push(entry);
    }
  }
  return picked;
}
