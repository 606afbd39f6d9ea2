import type { Questionnaire } from '../../questionnaire/schema.js';
import { assessmentCharts, type ChartFile } from '../../report/charts/assessment-charts.js';
import { favourableCharts } from '../../report/charts/favourable-chart.js';
import { groupHeatmapCharts } from '../../report/charts/group-heatmap.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { compareSnapshots, type Comparison } from '../../scoring/compare.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import type { TeamJson } from '../../formats/team-json/read.js';
import { groupSnapshots, snapshotOfTeamJson } from '../../scoring/team/team-snapshot.js';
import { UserError } from '../../util/errors.js';
import { loadAssessment } from '../../load/assessment.js';
import { requireSameQuestionnaire, type Assessment } from '../../scoring/assessment.js';
import { once } from '../../util/once.js';

export interface TeamExtras {
  /** The team as compare and trend see it: section means and bands. */
  snapshot: Snapshot;
  sinceLastTime?: Comparison;
  /** The radar (with the groups the report shows), the section bars and the items' favourable shares, drawn when asked for. */
  charts(): readonly ChartFile[];
}

/** `team --compare`: the earlier team JSON, read before the (possibly long) aggregation so a bad file fails fast. */
export function loadPreviousTeam(file: string, questionnaire: string | undefined, cwd: string): Assessment {
  const previous = loadAssessment(file, { cwd, questionnaire });
  if (previous.kind !== 'team') throw new UserError(`${file} is an answer file; team --compare takes a team JSON file written by team --json`);
  return previous;
}

/**
 * The charts of a team report and its "Since last time" comparison. Both read the team JSON the
 * command writes with the same functions `compare` reads a team JSON file with, so they match it
 * exactly; the radar's groups are the ones the report shows. The object is not checked again at
 * run time: its type is (what teamJson returns is assignable to TeamJson, the type the schema reads), and zod's first parse
 * costs about 6 ms.
 */
export function teamExtras(team: TeamJson, questionnaire: Questionnaire, previous: Assessment | undefined, summary: TeamSummary): TeamExtras {
  const current = snapshotOfTeamJson(team, questionnaire, 'this report');
  if (previous) requireSameQuestionnaire([previous, { kind: 'team', file: 'this team', questionnaire, team, snapshot: current, warnings: [] }], 'team --compare');
  const charts = once(() => [
    ...assessmentCharts(questionnaire, current, { groups: groupSnapshots(team, 'this report'), previous: previous?.snapshot }),
    ...groupHeatmapCharts(summary, questionnaire),
    ...favourableCharts(summary, questionnaire),
  ]);
  return { snapshot: current, charts, ...(previous ? { sinceLastTime: compareSnapshots(previous.snapshot, current) } : {}) };
}
