import type { Band } from '../questionnaire/schema.js';
import { isClearChange, type ChangeRule, type Spread } from './change-significance.js';
import { overlapOf, type Overlap } from './shared-ids.js';
import { shownDifference } from './shown.js';
import type { Snapshot, SnapshotFlag } from './snapshot.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** up/down/same as a reader sees the one-decimal numbers (the sign of the shown change); none when either side has no score. */
export type Direction = 'up' | 'down' | 'same' | 'none';

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before at full precision; null when either is missing. */
  delta: number | null;
  /** In points (0..100, items too): the shown after − the shown before, the change reports print. */
  shownChange: number | null;
  direction: Direction;
  /** Chance does not explain it (change-significance.ts): reports mark only these with ▲/▼. */
  clearChange: boolean;
}

export interface BandChange {
  before: string | null;
  after: string | null;
  changed: boolean;
  /** By the bands' minimum scores: up means a better band. */
  direction: Direction;
}

export interface SectionChange extends ScoreChange {
  id: string;
  title: string;
  weight: number;
  band: BandChange;
}

/** Items stay on their 0..1 scale, as in scorecards. */
export interface ItemChange extends ScoreChange {
  id: string;
  sectionId: string;
  /** The answers as a person reads them, where the assessments carry them. */
  beforeAnswer: string | null;
  afterAnswer: string | null;
}

export interface AssessmentRef {
  label: string;
  source: string;
  date: string | null;
}

export interface Comparison {
  questionnaire: Snapshot['questionnaire'];
  /** How clearChange was decided: teams by an interval, one person's answers by a threshold. */
  changeRule: ChangeRule;
  before: AssessmentRef;
  after: AssessmentRef;
  overall: ScoreChange & { band: BandChange };
  sections: SectionChange[];
  /** Every scored item in questionnaire order. */
  items: ItemChange[];
  /** Items with a visible change, largest first (ties by id); at most `movedLimit`. */
  movedMost: ItemChange[];
  redFlags: { new: SnapshotFlag[]; resolved: SnapshotFlag[]; continuing: SnapshotFlag[] };
  /**
   * Only when the two answered different questionnaires that share ids: which each answered, and what
   * was left out because only one measured it. Sections, items and red flags are then those of both;
   * the overall scores are not compared (each covers its own questionnaire's sections).
   */
  overlap?: Overlap;
}

/**
 * Compares two assessments; sections and items are matched by id. Of two questionnaires that share
 * ids, only the sections, items and red flags both measure are compared, and the overall score is not.
 */
export function compareSnapshots(before: Snapshot, after: Snapshot, movedLimit = 5): Comparison {
  const overlap = overlapOf([before, after]);
  const beforeSections = new Map(before.sections.map((section) => [section.id, section]));
  const beforeItems = new Map(before.sections.flatMap((section) => section.items).map((item) => [item.id, item]));
  // Of one questionnaire, every section and item is compared (one missing before has no change).
  const measured = (map: Map<string, unknown>) => (entry: { id: string }) => !overlap || map.has(entry.id);
  const sections = after.sections.filter(measured(beforeSections)).map((section) => {
    const old = beforeSections.get(section.id);
    return { id: section.id, title: section.title, weight: section.weight, ...scoreChange(old?.score ?? null, section.score, 1, spreads(old, section)), band: bandChange(old?.band ?? null, section.band) };
  });
  const items = after.sections.filter(measured(beforeSections)).flatMap((section) =>
    section.items.filter(measured(beforeItems)).map((item) => {
      const old = beforeItems.get(item.id);
      return { id: item.id, sectionId: item.sectionId, ...scoreChange(old?.score ?? null, item.score, 100, spreads(old, item)), beforeAnswer: old?.answer ?? null, afterAnswer: item.answer ?? null };
    }),
  );
  const movedMost = items
    .filter((item) => item.direction === 'up' || item.direction === 'down')
    .sort((a, b) => Math.abs(b.shownChange ?? 0) - Math.abs(a.shownChange ?? 0) || byCodeUnits(a.id, b.id))
    .slice(0, movedLimit);
  const compared = new Set(items.map((item) => item.id));
  const bothAsked = (flags: SnapshotFlag[]) => (overlap ? flags.filter((flag) => compared.has(flag.questionId)) : flags);
  return {
    questionnaire: after.questionnaire,
    changeRule: changeRuleOf(before, after),
    before: assessmentRef(before),
    after: assessmentRef(after),
    overall: overlap ? notCompared(before.overall, after.overall) : { ...scoreChange(before.overall.score, after.overall.score, 1, spreads(before.overall, after.overall)), band: bandChange(before.overall.band, after.overall.band) },
    sections,
    items,
    movedMost,
    redFlags: flagChanges(bothAsked(before.redFlags), bothAsked(after.redFlags)),
    ...(overlap ? { overlap } : {}),
  };
}

/** Overall scores of two questionnaires cover different sections: both kept, no change read from them. */
function notCompared(before: Snapshot['overall'], after: Snapshot['overall']): Comparison['overall'] {
  const band = { before: before.band?.label ?? null, after: after.band?.label ?? null, changed: false, direction: 'none' as const };
  return { before: before.score, after: after.score, delta: null, shownChange: null, direction: 'none', clearChange: false, band };
}

export function assessmentRef(snapshot: Snapshot): AssessmentRef {
  return { label: snapshot.label, source: snapshot.source, date: snapshot.date };
}

/** Teams carry their spread (n, SD) and are judged by an interval; one person's answers by a threshold. */
export function changeRuleOf(before: Snapshot, after: Snapshot): ChangeRule {
  return before.overall.spread && after.overall.spread ? 'interval' : 'threshold';
}

/** Both sides' spreads, when both are teams' means. */
export function spreads(before: { spread?: Spread } | undefined, after: { spread?: Spread } | undefined): { before: Spread; after: Spread } | undefined {
  return before?.spread && after?.spread ? { before: before.spread, after: after.spread } : undefined;
}

/**
 * `toHundred` puts scores on the 0..100 scale reports print (items are 0..1), so the shown change
 * and "same" are those of the printed figures: 34.04 → 53.56 shows as 34.0 → 53.6, +19.6.
 */
export function scoreChange(before: number | null, after: number | null, toHundred: number, spread?: { before: Spread; after: Spread }): ScoreChange {
  if (before === null || after === null) return { before, after, delta: null, shownChange: null, direction: 'none', clearChange: false };
  const shownChange = shownDifference(before * toHundred, after * toHundred);
  const clearChange = isClearChange(before, after, shownChange, spread);
  return { before, after, delta: after - before, shownChange, direction: directionOf(shownChange), clearChange };
}

/** The sign of a change as shown (one decimal): 0.0 is the same. */
export function directionOf(shownChange: number): Direction {
  if (shownChange === 0) return 'same';
  return shownChange > 0 ? 'up' : 'down';
}

function bandChange(before: Band | null, after: Band | null): BandChange {
  const changed = (before?.label ?? null) !== (after?.label ?? null);
  const direction: Direction = !before || !after ? 'none' : after.min > before.min ? 'up' : after.min < before.min ? 'down' : 'same';
  return { before: before?.label ?? null, after: after?.label ?? null, changed, direction };
}

/** A question raises at most one flag, so flags are matched by question id. */
function flagChanges(before: SnapshotFlag[], after: SnapshotFlag[]): Comparison['redFlags'] {
  const beforeIds = new Set(before.map((flag) => flag.questionId));
  const afterIds = new Set(after.map((flag) => flag.questionId));
  return {
    new: after.filter((flag) => !beforeIds.has(flag.questionId)),
    resolved: before.filter((flag) => !afterIds.has(flag.questionId)),
    continuing: after.filter((flag) => beforeIds.has(flag.questionId)),
  };
}
