import * as z from 'zod';
import { teamIndexes } from '../../question-types/registry.js';
import { InvalidInputError } from '../../util/errors.js';
import type { YamlSource } from '../../util/yaml-source.js';
import { zodIssuesToProblems } from '../../util/zod-problems.js';
import { TEAM_JSON_SCHEMA_VERSION } from './write.js';
import { isRealDateTime, NOT_A_REAL_DATE } from '../../answers/timestamp.js';
import { once } from '../../util/once.js';

// The reading side of the team JSON file, beside its writer (./write.ts): the schema compare,
// trend and `team --compare` check a file against, and the check. The file is read in src/load/.

/**
 * What teamJson writes, built on first use: only compare, trend and `team --compare` read a team
 * JSON file, and building it cost every `team` start milliseconds of zod.
 */
export const teamJsonSchema = once(() => {
  const Count = z.number().int().nonnegative();
  /** On the 0..100 scale; null without answers (or below the anonymity minimum, for a group). */
  const Score = z.number().nullable();

  /** Summary statistics of one measure (scoring/team/stats.ts). */
  const statsFields = { n: Count, mean: Score, median: Score, sd: Score, min: Score, max: Score };

  /**
   * Each question type's team figure (the `nps` of an nps question), keyed by its JSON name: the
   * figure from −100 to 100 (null when nobody answered), n, and one share (0..1) per part.
   */
  const indexFields = Object.fromEntries(
    teamIndexes.map((index) => [
      index.key,
      z.strictObject({ score: z.number().nullable(), n: Count, ...Object.fromEntries(index.parts.map((part) => [part.key, z.number().nullable()])) }).optional(),
    ]),
  );

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

  /** A day `trend` orders teams by: one that exists, or a mis-typed 2026-13-01 would sort last. */
  const CompletedDate = z.string().refine(isRealDateTime, NOT_A_REAL_DATE).nullable();

  /**
   * What teamJson writes, strictly: a misspelt or unknown field is an error, not silently dropped.
   * Every team JSON file written so far passes (tests/unit/report/team-examples.test.ts reads one back).
   */
  return z.strictObject({
    schemaVersion: z.literal(TEAM_JSON_SCHEMA_VERSION),
    questionnaire: z.strictObject({ id: z.string(), version: z.union([z.number(), z.string()]), title: z.string() }),
    respondents: Count,
    /** Earliest and latest completion dates: they date the team for `trend`. Absent in team JSON written before it was added. */
    completed: z.strictObject({ first: CompletedDate, last: CompletedDate }).optional(),
    /** Invalid inputs left out (--skip-invalid). */
    skipped: Count,
    /** Scored questions a form export had no column for (--allow-missing); absent when every question was asked. */
    notAsked: z.array(z.string()).optional(),
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
        /** The figure a question type adds (`nps` for an nps question), present on that type's items only. */
        ...indexFields,
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
    /**
     * Unscored multi questions (`scoring: none`): respondents who answered, and per option how many
     * ticked it and their share (0..1); options null below the anonymity threshold. Absent when the
     * questionnaire has none.
     */
    ticked: z
      .array(
        z.strictObject({
          question: z.string(),
          section: z.string(),
          respondents: Count,
          options: z.array(z.strictObject({ label: z.string(), count: Count, share: z.number() })).nullable(),
        }),
      )
      .optional(),
    /** The team report's actions, most important first, with who acts; absent in team JSON written before they were added. */
    actions: z
      .array(z.strictObject({ rank: Count, section: z.string(), band: z.string(), audience: z.string(), cost: z.number().nullable(), text: z.string() }))
      .optional(),
  });
});

/** A team JSON file, as `team --json` writes it (teamJson) and the schema checks it. */
export type TeamJson = z.infer<ReturnType<typeof teamJsonSchema>>;

/** A team JSON file looks like this before it is checked: answer files name their questionnaire with a string instead. */
export function looksLikeTeamJson(data: unknown): boolean {
  return data !== null && typeof data === 'object' && 'respondents' in data && 'schemaVersion' in data;
}

/** A parsed team JSON file, checked; throws InvalidInputError with every problem at its line. */
export function readTeamJson(source: YamlSource): TeamJson {
  const schema = teamJsonSchema();
  const checked = schema.safeParse(source.data);
  if (!checked.success) throw new InvalidInputError(zodIssuesToProblems(source, checked.error.issues, Object.keys(schema.shape)));
  return checked.data;
}
