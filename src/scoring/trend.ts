import type { Band } from '../questionnaire/schema.js';
import type { ChangeRule, Spread } from './change-significance.js';
import { assessmentRef, changeRuleOf, scoreChange, spreads, type AssessmentRef, type ScoreChange } from './compare.js';
import type { Snapshot } from './snapshot.js';
import { byCodeUnits } from '../util/code-unit-order.js';

export interface TrendSeries {
  id: string;
  title: string;
  /** One score per assessment, oldest first; null where that assessment has no score. */
  scores: (number | null)[];
  bands: (Band | null)[];
  /** First assessment to last (a team's clearChange from its spreads then and now). */
  change: ScoreChange;
}

export interface Trend {
  questionnaire: Snapshot['questionnaire'];
  /** The assessments, oldest first. */
  assessments: (AssessmentRef & { date: string })[];
  overall: TrendSeries;
  sections: TrendSeries[];
  /** How the change's clearChange was decided, as in a comparison of the first and the last. */
  changeRule: ChangeRule;
}

/**
 * Section scores over time. Assessments are ordered by date (YYYY-MM-DD sorts as text; a date-time
 * after a date of the same day), keeping the given order for equal dates; every one needs a date.
 */
export function buildTrend(snapshots: readonly (Snapshot & { date: string })[]): Trend {
  const ordered = [...snapshots].sort((a, b) => byCodeUnits(a.date, b.date));
  const last = ordered[ordered.length - 1];
  const sections = (last?.sections ?? []).map((section) => {
    const matches = ordered.map((snapshot) => snapshot.sections.find((s) => s.id === section.id));
    return series(section.id, section.title, matches.map((m) => m?.score ?? null), matches.map((m) => m?.band ?? null), spreads(matches[0], matches[matches.length - 1]));
  });
  return {
    questionnaire: last?.questionnaire ?? { id: '', version: '', title: '' },
    assessments: ordered.map((snapshot) => ({ ...assessmentRef(snapshot), date: snapshot.date })),
    overall: series('overall', 'Overall', ordered.map((s) => s.overall.score), ordered.map((s) => s.overall.band), spreads(ordered[0]?.overall, last?.overall)),
    sections,
    changeRule: ordered[0] && last ? changeRuleOf(ordered[0], last) : 'threshold',
  };
}

function series(id: string, title: string, scores: (number | null)[], bands: (Band | null)[], spread?: { before: Spread; after: Spread }): TrendSeries {
  return { id, title, scores, bands, change: scoreChange(scores[0] ?? null, scores[scores.length - 1] ?? null, 1, spread) };
}
