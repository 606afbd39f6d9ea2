import type { ItemIndex, ScoreSummary, TeamSummary } from '../../scoring/team/team-summary.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const TEAM_JSON_SCHEMA_VERSION = 1 as const;

/** One action of the team report (report/team/actions.ts), most important first; `audience` is an `audiences` id or `everyone`. */
export interface TeamActionJson {
  rank: number;
  section: string;
  band: string;
  audience: string;
  /** Section weight × points its team mean is below 100, the order's key; null for a section of open questions. */
  cost: number | null;
  text: string;
}

/** What a team JSON file holds beside the summary: inputs left out, questions not asked, and the report's actions. */
export interface TeamJsonExtras {
  skipped?: number;
  notAsked?: readonly string[];
  /** The team report's actions in its order; absent, the file has no `actions` (as before they were added). */
  actions?: readonly TeamActionJson[];
}

/**
 * The documented `team --json` object (README "Team JSON"). Scores are on the 0..100 scale at full
 * precision; shares (coverage, favourable) are 0..1. No clock and no names, so the file is stable
 * for the same inputs and safe to commit. `compare` and `trend` read this shape.
 */
export function teamJson(summary: TeamSummary, options: TeamJsonExtras = {}) {
  return {
    schemaVersion: TEAM_JSON_SCHEMA_VERSION,
    questionnaire: summary.questionnaire,
    respondents: summary.respondents,
    completed: summary.completed,
    skipped: options.skipped ?? 0,
    // Only when a form export left scored questions out (--allow-missing), so earlier files stay as they were.
    ...(options.notAsked?.length ? { notAsked: [...options.notAsked] } : {}),
    overall: scoreJson(summary.overall),
    sections: summary.sections.map((section) => ({
      id: section.id,
      title: section.title,
      weight: section.weight,
      ...scoreJson(section),
      alpha: section.reliability.result?.alpha ?? null,
      reliability: {
        items: section.reliability.items,
        completeRespondents: section.reliability.complete,
        alpha: section.reliability.result?.alpha ?? null,
        byItem: section.reliability.result
          ? section.reliability.itemIds.map((id, i) => ({
              id,
              alphaIfDropped: section.reliability.result?.items[i]?.alphaIfDropped ?? null,
              itemRestCorrelation: section.reliability.result?.items[i]?.itemRest ?? null,
            }))
          : [],
      },
    })),
    items: summary.items.map((item) => ({
      id: item.id,
      section: item.sectionId,
      type: item.type,
      reverse: item.reverse,
      ...item.stats,
      favourable: item.favourable,
      ...(item.index ? { [item.index.key]: indexJson(item.index) } : {}),
    })),
    groupBy: summary.grouping ? { attribute: summary.grouping.attribute, minGroup: summary.grouping.minGroup, leftOut: summary.grouping.leftOut } : null,
    groups: (summary.grouping?.groups ?? []).map((group) => ({
      name: group.name,
      n: group.n,
      merged: group.members,
      overall: group.overall,
      sections: group.sections.map((section) => ({ id: section.id, n: section.n, mean: section.mean, difference: section.difference })),
    })),
    gaps: (summary.grouping?.gaps ?? []).map((gap) => ({ section: gap.sectionId, high: gap.high, low: gap.low, gap: gap.gap })),
    redFlags: summary.redFlags.map((flag) => ({ question: flag.questionId, section: flag.sectionId, message: flag.message, respondents: flag.respondents })),
    // Only for a questionnaire with unscored multi questions, so other team files stay as they were.
    ...(summary.ticks.length > 0 ? { ticked: summary.ticks.map((ticks) => ({ question: ticks.questionId, section: ticks.sectionId, respondents: ticks.respondents, options: ticks.options })) } : {}),
    ...(options.actions ? { actions: options.actions.map((action) => ({ ...action })) } : {}),
  };
}

/** A type's team figure: `{ "score": 20, "n": 10, "promoters": 0.4, ... }` (shares 0..1; score null when nobody answered). */
function indexJson(index: ItemIndex): Record<string, number | null> {
  const shares = index.parts.map((part, i) => [part.key, index.result?.shares[i] ?? null]);
  return { score: index.result?.value ?? null, n: index.n, ...Object.fromEntries(shares) };
}

function scoreJson(score: ScoreSummary) {
  return {
    ...score.stats,
    band: score.band?.label ?? null,
    bands: score.bands.map((band) => ({ label: band.label, min: band.min, count: band.count })),
    coverage: score.coverage,
  };
}
