import type { Questionnaire } from '../../questionnaire/schema.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import { renderBarChart } from './bars.js';
import { sectionBars, sectionNotes, sectionRadar, type ChartSeries } from './from-scores.js';
import { PREVIOUS_STYLE, seriesStyle, TARGET_STYLE } from './palette.js';
import { renderRadarChart } from './radar.js';

/** The file-name suffixes of the charts beside a report: <report name>-radar.svg, <report name>-sections.svg. */
export const ASSESSMENT_CHART_SUFFIXES = ['radar', 'sections'] as const;

/** A chart for a Markdown report: written as <report name>-<suffix>.svg beside it. */
export interface ChartFile {
  suffix: string;
  alt: string;
  svg: string;
}

export interface ChartCompanions {
  /** An earlier assessment, drawn dashed grey on the radar and as a grey tick on the bars. */
  previous?: Snapshot;
  target?: Snapshot;
  /**
   * A team's groups, one radar outline each. Pass only the groups the team report shows: they
   * already honour the anonymity minimum, and a section too few of them answered has no mean.
   */
  groups?: readonly Snapshot[];
}

/** The radar and the section bars of one assessment, with groups, an earlier one and a target alongside. */
export function assessmentCharts(questionnaire: Questionnaire, current: Snapshot, companions: ChartCompanions = {}): ChartFile[] {
  const others: ChartSeries[] = [];
  if (companions.previous) others.push({ name: `Before: ${when(companions.previous)}`, snapshot: companions.previous, style: PREVIOUS_STYLE });
  if (companions.target) others.push({ name: `Target: ${companions.target.label}`, snapshot: companions.target, style: TARGET_STYLE });
  const groups = (companions.groups ?? []).map((group, i) => ({ name: group.label, snapshot: group, style: seriesStyle(i + 1) }));
  const now = groups.length > 0 ? `Whole ${current.label}` : others.length > 0 ? `Now: ${when(current)}` : current.label;
  const subtitle = [questionnaire.title, current.label, current.date].filter(Boolean).join(' · ');
  const series = [{ name: now, snapshot: current, style: seriesStyle(0) }, ...groups, ...others];
  const notes = sectionNotes(current, companions);
  const radar = renderRadarChart(sectionRadar(series, { title: 'Section scores (0–100)', subtitle }, notes));
  const bars = renderBarChart(sectionBars(questionnaire, current, others, { title: 'Section scores and bands', subtitle }, notes));
  return [
    { suffix: ASSESSMENT_CHART_SUFFIXES[0], alt: 'Radar chart of the section scores', svg: radar },
    { suffix: ASSESSMENT_CHART_SUFFIXES[1], alt: 'Bar chart of the section scores with their bands', svg: bars },
  ];
}

/** An assessment's date where it has one, else its label. */
export function when(snapshot: Snapshot): string {
  return snapshot.date ?? snapshot.label;
}
