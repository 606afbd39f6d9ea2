import type { Scorecard } from '../scoring/scorecard.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const SCORE_JSON_SCHEMA_VERSION = 1;

/** The documented `score --json` object (README "JSON output"). Scores keep full precision. */
export function scorecardJson(scorecard: Scorecard) {
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
  };
}
