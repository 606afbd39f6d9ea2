import { ownValue } from '../util/own.js';
import { EVERYONE, isScored, type Recommendation, type Section } from './schema.js';

/** A recommendation as reports use it: its text and the audience (an `audiences` key, or `everyone`) who acts on it. */
export interface Advice {
  text: string;
  audience: string;
}

/**
 * A section's recommendations for a band, none when it has none. Looked up as an own key: a band
 * labelled "constructor" found Object's constructor, and the report crashed iterating it.
 */
export function adviceFor(section: Pick<Section, 'recommendations'> | undefined, band: string | undefined): Advice[] {
  const entries = band === undefined ? undefined : ownValue(section?.recommendations, band);
  return (entries ?? []).map(toAdvice);
}

/** The texts of `adviceFor`, whoever acts on them. */
export function recommendationsFor(section: Pick<Section, 'recommendations'> | undefined, band: string | undefined): string[] {
  return adviceFor(section, band).map((advice) => advice.text);
}

function toAdvice(entry: Recommendation): Advice {
  return typeof entry === 'string' ? { text: entry, audience: EVERYONE } : { text: entry.text, audience: entry.for ?? EVERYONE };
}

/**
 * Whether a section is only open questions: nothing in it is scored, so it reaches no band of its
 * own, and its recommendations are chosen by the overall band instead.
 */
export function isOpenQuestionsSection(section: Pick<Section, 'questions'>): boolean {
  return !section.questions.some(isScored);
}
