import { assessmentRef, type AssessmentRef } from './compare.js';
import { shownDifference } from './shown.js';
import type { Snapshot, SnapshotItem, SnapshotSection } from './snapshot.js';
import { weightedMean } from './weighted-mean.js';

/*
 * Targets, after OWASP SAMM 2025, extended with our weights (README "Targets"):
 *
 *   percent to target = 1 − Σ w·max(target − current, 0) / Σ w·target      over item scores (0..1)
 *   progress to date  = (current − baseline) / (target − baseline)           on overall and section scores
 *
 * w is an item's share of the overall score: its weight over the weights of its section's counted
 * items, times its section's weight over the weights of the sections with counted items. So the
 * items weigh exactly as they do in the overall score, and a target of the best answer everywhere
 * gives a percent to target equal to the overall score / 100. Within one section only the item
 * shares matter (the section share cancels). Counted items are those both the target and the
 * current assessment score; targeted items without a current score are listed as not assessed,
 * as n/a answers leave the score.
 */

export type ProgressReason = 'missing-score' | 'no-gap-at-baseline';

export interface TargetProgress {
  baseline: number | null;
  /** 0 at the baseline, 1 at the target; may fall below 0 or pass 1. Null with a reason. */
  value: number | null;
  reason: ProgressReason | null;
}

export interface TargetMeasure {
  current: number | null;
  target: number | null;
  /** Question by question, after SAMM (the formula above): 0..1; null when no item counts. */
  percentToTarget: number | null;
  /** From the two scores themselves: min(current / target, 1), 1 for a target of 0; null without both. */
  scoreToTarget: number | null;
  progress?: TargetProgress;
}

export interface ItemTarget {
  id: string;
  sectionId: string;
  current: number | null;
  target: number;
  /** max(target − current, 0) on 0..1; null when not assessed. */
  gap: number | null;
}

export interface TargetReport {
  target: AssessmentRef;
  overall: TargetMeasure;
  sections: (TargetMeasure & { id: string; title: string })[];
  /** Items the target scores, in questionnaire order. */
  items: ItemTarget[];
  /** Ids of targeted items the current assessment does not score. */
  notAssessed: string[];
}

/** Percent to target of `current`, and progress to date from `baseline` when given. */
export function measureTarget(current: Snapshot, target: Snapshot, baseline?: Snapshot): TargetReport {
  const currentItems = new Map(current.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const targetSections = new Map(target.sections.map((s) => [s.id, s]));
  const baselineSections = new Map((baseline?.sections ?? []).map((s) => [s.id, s]));
  const items: ItemTarget[] = [];
  const sums: { weight: number; gap: number; target: number }[] = [];
  const sections = current.sections.map((section) => {
    const targeted = (targetSections.get(section.id)?.items ?? []).filter((item): item is SnapshotItem & { score: number } => item.score !== null);
    const counted: { weight: number; gap: number; target: number }[] = [];
    for (const goal of targeted) {
      const now = currentItems.get(goal.id)?.score ?? null;
      const gap = now === null ? null : Math.max(goal.score - now, 0);
      items.push({ id: goal.id, sectionId: section.id, current: now, target: goal.score, gap });
      if (gap !== null) counted.push({ weight: goal.weight, gap, target: goal.score });
    }
    const gapMean = weightedMean(counted.map((c) => ({ weight: c.weight, value: c.gap })));
    const targetMean = weightedMean(counted.map((c) => ({ weight: c.weight, value: c.target })));
    if (gapMean !== null && targetMean !== null) sums.push({ weight: section.weight, gap: gapMean, target: targetMean });
    const measure = withProgress(section.score, targetSections.get(section.id)?.score ?? null, percent(gapMean, targetMean), baseline && scoreOf(baselineSections.get(section.id)));
    return { id: section.id, title: section.title, ...measure };
  });
  const overallGap = weightedMean(sums.map((s) => ({ weight: s.weight, value: s.gap })));
  const overallTarget = weightedMean(sums.map((s) => ({ weight: s.weight, value: s.target })));
  return {
    target: assessmentRef(target),
    overall: withProgress(current.overall.score, target.overall.score, percent(overallGap, overallTarget), baseline && baseline.overall.score),
    sections,
    items,
    notAssessed: items.filter((item) => item.gap === null).map((item) => item.id),
  };
}

/** 1 − gap / target. A target of the lowest answers everywhere asks for nothing, so it is met: 1. */
function percent(gapMean: number | null, targetMean: number | null): number | null {
  if (gapMean === null || targetMean === null) return null;
  return targetMean > 0 ? 1 - gapMean / targetMean : 1;
}

/**
 * Percent to target from a score and its target alone, the same 1 − max(target − score, 0) / target
 * on the two numbers a report prints beside it (so a reader can check it): min(score / target, 1).
 */
export function scoreToTarget(current: number | null, target: number | null): number | null {
  if (current === null || target === null) return null;
  return percent(Math.max(target - current, 0), target);
}

function scoreOf(section: SnapshotSection | undefined): number | null {
  return section?.score ?? null;
}

function withProgress(current: number | null, target: number | null, percentToTarget: number | null, baseline: number | null | undefined): TargetMeasure {
  const measure: TargetMeasure = { current, target, percentToTarget, scoreToTarget: scoreToTarget(current, target) };
  if (baseline !== undefined) measure.progress = progressToDate(baseline, current, target);
  return measure;
}

/**
 * (current − baseline) / (target − baseline). When the target is not visibly above the baseline
 * (the two print alike, or the target lower) there was no way to go, and the ratio would divide
 * by zero or blow up a rounding difference: null, with the reason.
 */
export function progressToDate(baseline: number | null, current: number | null, target: number | null): TargetProgress {
  if (baseline === null || current === null || target === null) return { baseline, value: null, reason: 'missing-score' };
  if (shownDifference(baseline, target) <= 0) return { baseline, value: null, reason: 'no-gap-at-baseline' };
  return { baseline, value: (current - baseline) / (target - baseline), reason: null };
}
