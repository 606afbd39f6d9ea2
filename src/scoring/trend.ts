import type { Band } from '../questionnaire/schema.js';
import type { ChangeRule, Spread } from './change-significance.js';
import { assessmentRef, changeRuleOf, scoreChange, spreads, type AssessmentRef, type ScoreChange } from './compare.js';
import { overlapOf, type Overlap } from './shared-ids.js';
import type { Snapshot, SnapshotSection } from './snapshot.js';
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
  /**
   * Only when the assessments answered different questionnaires that share ids: which each answered
   * (oldest first), and the sections left out because only one measured them. The overall change is
   * then not read (each overall score covers its own questionnaire's sections).
   */
  overlap?: Overlap;
}

/**
 * Section scores over time. Assessments are ordered by date (YYYY-MM-DD sorts as text; a date-time
 * after a date of the same day), keeping the given order for equal dates; every one needs a date.
 */
export function buildTrend(snapshots: readonly (Snapshot & { date: string })[]): Trend {
  const ordered = [...snapshots].sort((a, b) => byCodeUnits(a.date, b.date));
  const last = ordered[ordered.length - 1];
  const overlap = overlapOf(ordered);
  const sections = followedSections(ordered, overlap).map((section) => {
    const matches = ordered.map((snapshot) => snapshot.sections.find((s) => s.id === section.id));
    return series(section.id, section.title, matches.map((m) => m?.score ?? null), matches.map((m) => m?.band ?? null), spreads(matches[0], matches[matches.length - 1]));
  });
  const overall = series('overall', 'Overall', ordered.map((s) => s.overall.score), ordered.map((s) => s.overall.band), spreads(ordered[0]?.overall, last?.overall));
  return {
    questionnaire: last?.questionnaire ?? { id: '', version: '', title: '' },
    assessments: ordered.map((snapshot) => ({ ...assessmentRef(snapshot), date: snapshot.date })),
    overall: overlap ? { ...overall, change: scoreChange(null, null, 1) } : overall,
    sections,
    changeRule: ordered[0] && last ? changeRuleOf(ordered[0], last) : 'threshold',
    ...(overlap ? { overlap } : {}),
  };
}

/**
 * The sections followed over time: the latest assessment's; across questionnaires, every section two
 * or more assessments measured, the latest one's first, then the earlier ones' (latest first).
 */
function followedSections(ordered: readonly Snapshot[], overlap: Overlap | undefined): SnapshotSection[] {
  const latest = ordered[ordered.length - 1]?.sections ?? [];
  if (!overlap) return latest;
  const lone = new Set(overlap.sections.map((section) => section.id));
  const seen = new Map<string, SnapshotSection>();
  for (const section of [...latest, ...[...ordered].reverse().flatMap((snapshot) => snapshot.sections)]) {
    if (!lone.has(section.id) && !seen.has(section.id)) seen.set(section.id, section);
  }
  return [...seen.values()];
}

function series(id: string, title: string, scores: (number | null)[], bands: (Band | null)[], spread?: { before: Spread; after: Spread }): TrendSeries {
  return { id, title, scores, bands, change: scoreChange(scores[0] ?? null, scores[scores.length - 1] ?? null, 1, spread) };
}
