import { shown, shownDifference } from '../scoring/shown.js';
import { progressToDate, scoreToTarget, type ItemTarget, type TargetMeasure, type TargetProgress } from '../scoring/targets.js';
import { formatPercent } from './format.js';

// Target figures worked from the numbers a report prints beside them, so a reader's calculator agrees.

/** Score 50.0, target 52.7 → 50.0 / 52.7 = 94.9…% → "95%". */
export function shownPercentToTarget(measure: Pick<TargetMeasure, 'current' | 'target'>): string {
  return formatPercent(scoreToTarget(shownOrNull(measure.current), shownOrNull(measure.target)));
}

/** Progress to date from the printed baseline, score and target. */
export function shownProgress(measure: Pick<TargetMeasure, 'current' | 'target'>, progress: TargetProgress): TargetProgress {
  return progressToDate(shownOrNull(progress.baseline), shownOrNull(measure.current), shownOrNull(measure.target));
}

/** Questions below their target, by the gap as printed (shown target − shown score), largest first; ties in questionnaire order. */
export function gapsLargestFirst(items: readonly ItemTarget[]): { item: ItemTarget; gap: number }[] {
  return items
    .flatMap((item) => (item.current === null ? [] : [{ item, gap: shownDifference(item.current * 100, item.target * 100) }]))
    .filter(({ gap }) => gap > 0)
    .sort((a, b) => b.gap - a.gap);
}

function shownOrNull(score: number | null): number | null {
  return score === null ? null : shown(score);
}
