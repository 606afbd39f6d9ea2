import { ownValue } from '../util/own.js';
import { isScored, type Section } from './schema.js';

/**
 * A section's recommendations for a band, none when it has none. Looked up as an own key: a band
 * labelled "constructor" found Object's constructor, and the report crashed iterating it.
 */
export function recommendationsFor(section: Pick<Section, 'recommendations'> | undefined, band: string | undefined): string[] {
  return band === undefined ? [] : (ownValue(section?.recommendations, band) ?? []);
}

/**
 * Whether a section is only open questions: nothing in it is scored, so it reaches no band of its
 * own, and its recommendations are chosen by the overall band instead.
 */
export function isOpenQuestionsSection(section: Pick<Section, 'questions'>): boolean {
  return !section.questions.some(isScored);
}
