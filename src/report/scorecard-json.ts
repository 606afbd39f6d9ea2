import { isOpenQuestionsSection } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { readerOf } from './reader-advice.js';
import { sectionRecommendations } from './top-recommendations.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const SCORE_JSON_SCHEMA_VERSION = 1;

/**
 * The documented `score --json` object (README "JSON output"). Scores keep full precision. With
 * the questionnaire, it also lists the recommendations for the bands reached (see recommendationsJson).
 */
export function scorecardJson(scorecard: Scorecard, questionnaire?: Questionnaire) {
  return {
    schemaVersion: SCORE_JSON_SCHEMA_VERSION,
    questionnaire: scorecard.questionnaire,
    respondent: scorecard.respondent,
    completed: scorecard.completed ?? null,
    source: scorecard.source,
    overall: { score: scorecard.overall.score, band: scorecard.overall.band?.label ?? null, coverage: scorecard.overall.coverage },
    sections: scorecard.sections.map((section) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      score: section.score,
      band: section.band?.label ?? null,
      coverage: section.coverage,
    })),
    items: scorecard.sections.flatMap((section) =>
      section.items.map((item) => ({
        id: item.id,
        section: item.sectionId,
        score: item.score,
        weight: item.weight,
        status: item.status,
        answer: item.answer ?? null,
      })),
    ),
    redFlags: scorecard.redFlags.map((flag) => ({ question: flag.questionId, section: flag.sectionId, message: flag.message, score: flag.score, answer: flag.answer })),
    ...(questionnaire ? { recommendations: recommendationsJson(scorecard, questionnaire) } : {}),
  };
}

/**
 * Each section's advice for the band it reached (a section of open questions: the overall band), in the questionnaire's order, with who acts
 * (`audience`: an `audiences` id or `everyone`) and whether the respondent's role is among them
 * (`forRespondent`), so a consumer can show the respondent's own actions first as the report does.
 */
function recommendationsJson(scorecard: Scorecard, questionnaire: Questionnaire) {
  const reader = readerOf(questionnaire, scorecard.respondent);
  return questionnaire.sections.flatMap((section, i) => {
    // Open questions reach no band: their advice follows the overall one, as in the report.
    const band = isOpenQuestionsSection(section) ? scorecard.overall.band?.label : scorecard.sections[i]?.band?.label;
    if (band === undefined) return [];
    return sectionRecommendations(questionnaire, section, band, reader).map((r) => ({ section: r.sectionId, band: r.band, audience: r.audience, forRespondent: r.forReader, text: r.text }));
  });
}
