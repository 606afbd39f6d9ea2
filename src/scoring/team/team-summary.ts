import type { TeamIndex, TeamIndexValue } from '../../question-types/question-type.js';
import type { Band, QuestionType } from '../../questionnaire/schema.js';
import type { AlphaResult } from './alpha.js';
import type { Stats } from './stats.js';

// Everything a team report shows, computed in one pass over scorecards (README "Team reports").
// Section, overall and item statistics are on the 0..100 scale reports use.

export interface BandCount {
  label: string;
  min: number;
  /** Respondents whose own score falls in this band. */
  count: number;
}

export interface ScoreSummary {
  stats: Stats;
  /** The band of the team's mean. */
  band: Band | null;
  /** Best band first. */
  bands: BandCount[];
  /** Mean share of the weighted questions answered (0..1), over every respondent. */
  coverage: number | null;
}

/** Cronbach's alpha over the respondents who answered every scored item of a section. */
export interface Reliability {
  /** Scored items in the section. */
  items: number;
  /** Respondents who answered all of them (n/a counts as not answered). */
  complete: number;
  /** Null below the reporting minimum (3 items, 10 complete respondents) or without variance. */
  result: AlphaResult | null;
  /** Item ids, in the order of `result.items`. */
  itemIds: string[];
}

export interface SectionSummary extends ScoreSummary {
  id: string;
  title: string;
  weight: number;
  reliability: Reliability;
}

export interface ItemSummary {
  id: string;
  sectionId: string;
  type: QuestionType;
  reverse: boolean;
  stats: Stats;
  /** Share (0..1) of answers that are favourable (see `favourableCuts`); null without answers. */
  favourable: number | null;
  /** Share (0..1) of answers that are unfavourable (see `favourableCuts`); the rest are neutral. */
  unfavourable: number | null;
  /** How many answers were favourable, neutral and unfavourable, for the stacked bar. */
  counts: { favourable: number; neutral: number; unfavourable: number };
  /**
   * The SD (0..100) answers would have if spread evenly over every answer the question offers
   * (see `evenSpreadSd`): `stats.sd` over it compares spread across question types.
   */
  evenSpread: number;
  /** The figure its question type adds (the NPS of an `nps` question); absent for other types. */
  index?: ItemIndex;
}

/** A question type's team figure for one item (see `TeamIndex`). */
export interface ItemIndex {
  key: string;
  title: string;
  method: string;
  parts: TeamIndex['parts'];
  /** Respondents who answered. */
  n: number;
  /** Null when nobody answered. */
  result: TeamIndexValue | null;
}

export interface GroupSection {
  id: string;
  /** Group members with a score in the section. */
  n: number;
  /** Null when fewer than the anonymity minimum answered the section. */
  mean: number | null;
  /** mean − the whole team's section mean. */
  difference: number | null;
}

export interface GroupSummary {
  name: string;
  n: number;
  /** For the merged group: the attribute values it holds. */
  members: string[];
  overall: number | null;
  sections: GroupSection[];
}

export interface PerceptionGap {
  sectionId: string;
  high: { group: string; mean: number };
  low: { group: string; mean: number };
  /** high.mean − low.mean, in points on the 0..100 scale. */
  gap: number;
}

export interface Grouping {
  attribute: string;
  minGroup: number;
  /** Largest first; the merged group ("other"), when there is one, last. */
  groups: GroupSummary[];
  /** Respondents in no group shown: only when the whole team is below the minimum. */
  leftOut: number;
  gaps: PerceptionGap[];
}

export interface RedFlagCount {
  questionId: string;
  sectionId: string;
  message: string;
  /** Respondents whose answer raised it. */
  respondents: number;
}

export interface CommentGroup {
  questionId: string;
  sectionId: string;
  /** Distinct answers with how many gave each, sorted by text so the order says nothing about who answered when. */
  texts: { text: string; count: number }[];
}

/** An unscored multi question (`scoring: none`): how many respondents ticked each option. */
export interface TickCount {
  questionId: string;
  sectionId: string;
  /** Respondents who answered the question (ticking nothing counts as an answer). */
  respondents: number;
  /** Each option with how many ticked it and their share of `respondents`; null when fewer than the anonymity threshold answered. */
  options: { label: string; count: number; share: number }[] | null;
}

export interface TeamSummary {
  questionnaire: { id: string; version: number | string; title: string };
  respondents: number;
  /** Earliest and latest `completed` date among the responses (null without dates): dates the team for `trend`. */
  completed: { first: string | null; last: string | null };
  overall: ScoreSummary;
  sections: SectionSummary[];
  items: ItemSummary[];
  grouping: Grouping | null;
  /** The anonymity threshold (--min-group): a group smaller than this is never shown on its own. Stated in every team report, grouped or not. */
  minGroup: number;
  redFlags: RedFlagCount[];
  /** Respondents who raised at least one red flag (each flag's `respondents` counts one question). */
  respondentsWithRedFlags: number;
  comments: CommentGroup[];
  /** The unscored multi questions, in questionnaire order. */
  ticks: TickCount[];
}
