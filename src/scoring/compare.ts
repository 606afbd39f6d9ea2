import type { Band } from '../questionnaire/schema.js';
import type { Snapshot, SnapshotFlag } from './snapshot.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** up/down/same as a reader sees the one-decimal numbers; none when either side has no score. */
export type Direction = 'up' | 'down' | 'same' | 'none';

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before at full precision; null when either is missing. */
  delta: number | null;
  direction: Direction;
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
  before: AssessmentRef;
  after: AssessmentRef;
  overall: ScoreChange & { band: BandChange };
  sections: SectionChange[];
  /** Every scored item in questionnaire order. */
  items: ItemChange[];
  /** Items with a visible change, largest first (ties by id); at most `movedLimit`. */
  movedMost: ItemChange[];
  redFlags: { new: SnapshotFlag[]; resolved: SnapshotFlag[]; continuing: SnapshotFlag[] };
}

/** Compares two assessments of the same questionnaire; sections and items are matched by id. */
export function compareSnapshots(before: Snapshot, after: Snapshot, movedLimit = 5): Comparison {
  const beforeSections = new Map(before.sections.map((section) => [section.id, section]));
  const beforeItems = new Map(before.sections.flatMap((section) => section.items).map((item) => [item.id, item]));
  const sections = after.sections.map((section) => {
    const old = beforeSections.get(section.id);
    return { id: section.id, title: section.title, weight: section.weight, ...scoreChange(old?.score ?? null, section.score, 1), band: bandChange(old?.band ?? null, section.band) };
  });
  const items = after.sections.flatMap((section) =>
    section.items.map((item) => {
      const old = beforeItems.get(item.id);
      return { id: item.id, sectionId: item.sectionId, ...scoreChange(old?.score ?? null, item.score, 100), beforeAnswer: old?.answer ?? null, afterAnswer: item.answer ?? null };
    }),
  );
  const movedMost = items
    .filter((item) => item.direction === 'up' || item.direction === 'down')
    .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || byCodeUnits(a.id, b.id))
    .slice(0, movedLimit);
  return {
    questionnaire: after.questionnaire,
    before: assessmentRef(before),
    after: assessmentRef(after),
    overall: { ...scoreChange(before.overall.score, after.overall.score, 1), band: bandChange(before.overall.band, after.overall.band) },
    sections,
    items,
    movedMost,
    redFlags: flagChanges(before.redFlags, after.redFlags),
  };
}

export function assessmentRef(snapshot: Snapshot): AssessmentRef {
  return { label: snapshot.label, source: snapshot.source, date: snapshot.date };
}

/** `toHundred` puts the delta on the 0..100 scale reports print, so "same" means "shows as 0.0". */
export function scoreChange(before: number | null, after: number | null, toHundred: number): ScoreChange {
  if (before === null || after === null) return { before, after, delta: null, direction: 'none' };
  const delta = after - before;
  return { before, after, delta, direction: directionOf(delta * toHundred) };
}

/** Reports show one decimal, so a change under 0.05 points prints as 0.0 and counts as none. */
export function directionOf(deltaOnHundred: number): Direction {
  if (Math.abs(deltaOnHundred) < 0.05) return 'same';
  return deltaOnHundred > 0 ? 'up' : 'down';
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
