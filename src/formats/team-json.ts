import * as z from 'zod';
import type { ScoreSummary, TeamSummary } from '../scoring/team/team-summary.js';
import { InvalidInputError } from '../util/errors.js';
import type { YamlSource } from '../util/yaml-source.js';
import { zodIssuesToProblems } from '../util/zod-problems.js';

// The team JSON file in one place: the writer (`team --json`), the schema its readers (compare,
// trend, `team --compare`) check it against, and the reader. The file is read in src/load/.

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const TEAM_JSON_SCHEMA_VERSION = 1 as const;

/**
 * The documented `team --json` object (README "Team JSON"). Scores are on the 0..100 scale at full
 * precision; shares (coverage, favourable) are 0..1. No clock and no names, so the file is stable
 * for the same inputs and safe to commit. `compare` and `trend` read this shape.
 */
export function teamJson(summary: TeamSummary, options: { skipped?: number } = {}) {
  return {
    schemaVersion: TEAM_JSON_SCHEMA_VERSION,
    questionnaire: summary.questionnaire,
    respondents: summary.respondents,
    completed: summary.completed,
    skipped: options.skipped ?? 0,
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
    items: summary.items.map((item) => ({ id: item.id, section: item.sectionId, type: item.type, reverse: item.reverse, ...item.stats, favourable: item.favourable })),
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
  };
}

export type TeamJson = ReturnType<typeof teamJson>;

function scoreJson(score: ScoreSummary) {
  return {
    ...score.stats,
    band: score.band?.label ?? null,
    bands: score.bands.map((band) => ({ label: band.label, min: band.min, count: band.count })),
    coverage: score.coverage,
  };
}

const Count = z.number().int().nonnegative();
/** On the 0..100 scale; null without answers (or below the anonymity minimum, for a group). */
const Score = z.number().nullable();

/** Summary statistics of one measure (scoring/team/stats.ts). */
const statsFields = { n: Count, mean: Score, median: Score, sd: Score, min: Score, max: Score };

/** A score as scoreJson writes it. */
const scoreFields = {
  ...statsFields,
  /** The band of the mean. */
  band: z.string().nullable(),
  /** Best band first: how many respondents' own scores fall in each. */
  bands: z.array(z.strictObject({ label: z.string(), min: z.number(), count: Count })),
  /** Mean share (0..1) of the weighted questions answered. */
  coverage: z.number().nullable(),
};

const GroupMean = z.strictObject({ group: z.string(), mean: z.number() });

/**
 * What teamJson writes, strictly: a misspelt or unknown field is an error, not silently dropped.
 * Every team JSON file written so far passes (tests/team-examples.test.ts reads one back).
 */
export const TeamJsonSchema = z.strictObject({
  schemaVersion: z.literal(TEAM_JSON_SCHEMA_VERSION),
  questionnaire: z.strictObject({ id: z.string(), version: z.union([z.number(), z.string()]), title: z.string() }),
  respondents: Count,
  /** Earliest and latest completion dates: they date the team for `trend`. Absent in team JSON written before it was added. */
  completed: z.strictObject({ first: z.string().nullable(), last: z.string().nullable() }).optional(),
  /** Invalid inputs left out (--skip-invalid). */
  skipped: Count,
  overall: z.strictObject(scoreFields),
  sections: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      weight: z.number(),
      ...scoreFields,
      /** Cronbach's alpha, as reliability.alpha. */
      alpha: z.number().nullable(),
      reliability: z.strictObject({
        /** Scored items in the section. */
        items: Count,
        /** Respondents who answered all of them. */
        completeRespondents: Count,
        alpha: z.number().nullable(),
        byItem: z.array(z.strictObject({ id: z.string(), alphaIfDropped: z.number().nullable(), itemRestCorrelation: z.number().nullable() })),
      }),
    }),
  ),
  items: z.array(
    z.strictObject({
      id: z.string(),
      section: z.string(),
      /** The question type. */
      type: z.string(),
      reverse: z.boolean(),
      ...statsFields,
      /** Share (0..1) of favourable answers; null without answers. */
      favourable: z.number().nullable(),
    }),
  ),
  /** How respondents were grouped (--group-by); null without grouping. */
  groupBy: z.strictObject({ attribute: z.string(), minGroup: Count, leftOut: Count }).nullable(),
  groups: z
    .array(
      z.strictObject({
        name: z.string(),
        n: Count,
        /** For the merged group: the attribute values it holds. */
        merged: z.array(z.string()),
        overall: Score,
        /** Each section's mean in the group, and its difference from the whole team's. */
        sections: z.array(z.strictObject({ id: z.string(), n: Count, mean: Score, difference: z.number().nullable() })),
      }),
    )
    .default([]),
  /** Perception gaps: the sections where the highest and lowest group differ most. */
  gaps: z.array(z.strictObject({ section: z.string(), high: GroupMean, low: GroupMean, gap: z.number() })),
  redFlags: z.array(z.strictObject({ question: z.string(), section: z.string(), message: z.string(), respondents: Count })),
});

export type TeamJsonInput = z.infer<typeof TeamJsonSchema>;

/** A team JSON file looks like this before it is checked: answer files name their questionnaire with a string instead. */
export function looksLikeTeamJson(data: unknown): boolean {
  return data !== null && typeof data === 'object' && 'respondents' in data && 'schemaVersion' in data;
}

/** A parsed team JSON file, checked; throws InvalidInputError with every problem at its line. */
export function readTeamJson(source: YamlSource): TeamJsonInput {
  const checked = TeamJsonSchema.safeParse(source.data);
  if (!checked.success) throw new InvalidInputError(zodIssuesToProblems(source, checked.error.issues, Object.keys(TeamJsonSchema.shape)));
  return checked.data;
}
