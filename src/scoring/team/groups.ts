import { displayName, mergeTallies, newTally, type GroupAccumulator, type GroupTally } from './group-accumulator.js';
import type { GroupSummary, Grouping, PerceptionGap, SectionSummary } from './team-summary.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

export const DEFAULT_MIN_GROUP = 3;
const MERGED_NAME = 'other';

/**
 * Groups as a report may show them. A group smaller than `minGroup` is merged into "other";
 * while "other" is itself too small, the next-smallest group joins it, so that no group's mean can
 * be recovered by subtracting the groups shown from the whole team. Only when the whole team is
 * below the minimum is nobody shown by group.
 */
export function summariseGroups(accumulator: GroupAccumulator, team: readonly SectionSummary[], minGroup: number): Grouping {
  const ascending = accumulator.all().sort((a, b) => a.n - b.n || byName(a, b));
  const shown = ascending.filter((tally) => tally.n >= minGroup);
  const small = ascending.filter((tally) => tally.n < minGroup);
  const groups: GroupSummary[] = [];
  let leftOut = 0;
  if (small.length > 0) {
    const merged = newTally(team.length);
    const members: string[] = [];
    const absorb = (tally: GroupTally) => {
      members.push(displayName(tally));
      mergeTallies(merged, tally);
    };
    small.forEach(absorb);
    while (merged.n < minGroup && shown.length > 0) absorb(shown.shift() as GroupTally);
    if (merged.n < minGroup) leftOut = merged.n;
    else groups.push(groupSummary(mergedName(shown), members.sort(), merged, team, minGroup));
  }
  const named = [...shown].sort((a, b) => b.n - a.n || byName(a, b)).map((tally) => groupSummary(displayName(tally), [], tally, team, minGroup));
  const all = [...named, ...groups];
  return { attribute: accumulator.attribute, minGroup, groups: all, leftOut, gaps: perceptionGaps(all, team) };
}

/** Case-insensitive, as groups are, then by code units so the order never depends on the locale. */
function byName(a: GroupTally, b: GroupTally): number {
  const [nameA, nameB] = [displayName(a), displayName(b)];
  return byCodeUnits(nameA.toLowerCase(), nameB.toLowerCase()) || byCodeUnits(nameA, nameB);
}

function mergedName(shown: readonly GroupTally[]): string {
  const taken = new Set(shown.map((tally) => displayName(tally).toLowerCase()));
  return taken.has(MERGED_NAME) ? `${MERGED_NAME} (merged)` : MERGED_NAME;
}

function groupSummary(name: string, members: string[], tally: GroupTally, team: readonly SectionSummary[], minGroup: number): GroupSummary {
  return {
    name,
    n: tally.n,
    members,
    overall: tally.overall.n >= minGroup ? tally.overall.mean : null,
    sections: team.map((section, i) => {
      const cell = tally.sections[i];
      // A section mean over fewer people than the minimum would single them out.
      const mean = cell && cell.n >= minGroup ? cell.mean : null;
      const teamMean = section.stats.mean;
      return { id: section.id, n: cell?.n ?? 0, mean, difference: mean !== null && teamMean !== null ? mean - teamMean : null };
    }),
  };
}

/**
 * Per section, the highest-rating group against the lowest; largest gaps first. The merged group
 * takes no part: it pools people of different kinds (an owner with back-office staff), so a gap
 * against it would describe nobody.
 */
export function perceptionGaps(groups: readonly GroupSummary[], team: readonly SectionSummary[]): PerceptionGap[] {
  const gaps: PerceptionGap[] = [];
  const comparable = groups.filter((group) => group.members.length === 0);
  team.forEach((section, i) => {
    const rated = comparable.flatMap((group) => {
      const mean = group.sections[i]?.mean;
      return mean === null || mean === undefined ? [] : [{ group: group.name, mean }];
    });
    if (rated.length < 2) return;
    const high = rated.reduce((best, entry) => (entry.mean > best.mean ? entry : best));
    const low = rated.reduce((worst, entry) => (entry.mean < worst.mean ? entry : worst));
    gaps.push({ sectionId: section.id, high, low, gap: high.mean - low.mean });
  });
  return gaps.sort((a, b) => b.gap - a.gap);
}
