import type { Questionnaire } from '../../questionnaire/schema.js';
import { bandsDescending, sectionRubric } from '../../scoring/bands.js';
import type { Snapshot, SnapshotSection } from '../../scoring/snapshot.js';
import { bandTone } from '../band-tone.js';
import { formatDifference, formatScore } from '../format.js';
import { tenths } from '../../scoring/shown.js';
import type { BarChart } from './bars.js';
import type { ChartText } from './frame.js';
import type { SeriesStyle } from './palette.js';
import type { RadarChart } from './radar.js';

// The one bridge from scores to chart inputs: every plotted number is read from the same
// snapshots (and so the same scorecards) the report's tables print.

export interface ChartSeries {
  name: string;
  snapshot: Snapshot;
  style: SeriesStyle;
}

/** Sections with at least one scored question; text-only sections have nothing to plot. */
export function plottedSections(snapshot: Snapshot): SnapshotSection[] {
  return snapshot.sections.filter((section) => section.items.length > 0);
}

/** What a chart says beside a section's score: the earlier score and the shown change, the target. */
export interface SectionNoteSources {
  previous?: Snapshot;
  target?: Snapshot;
}

/**
 * Per plotted section of `current`, "was 50.0 (+12.5) · target 75.0", or null with nothing to add.
 * The change is the shown score minus the shown earlier one, as every table prints it.
 */
export function sectionNotes(current: Snapshot, sources: SectionNoteSources): (string | null)[] {
  const score = (snapshot: Snapshot | undefined, id: string) => snapshot?.sections.find((s) => s.id === id)?.score ?? null;
  return plottedSections(current).map((section) => {
    const parts: string[] = [];
    const before = score(sources.previous, section.id);
    if (sources.previous && before !== null) {
      const change = section.score === null ? '' : ` (${formatDifference((tenths(section.score) - tenths(before)) / 10)})`;
      parts.push(`was ${formatScore(before)}${change}`);
    }
    const target = score(sources.target, section.id);
    if (sources.target && target !== null) parts.push(`target ${formatScore(target)}`);
    return parts.length > 0 ? parts.join(' · ') : null;
  });
}

/** One outline per series over the sections of the first series; `notes` go under the first series' values. */
export function sectionRadar(series: readonly ChartSeries[], text: Omit<ChartText, 'desc'>, notes?: readonly (string | null)[]): RadarChart {
  const sections = series[0] ? plottedSections(series[0].snapshot) : [];
  const values = series.map((s) => sections.map((section) => s.snapshot.sections.find((x) => x.id === section.id)?.score ?? null));
  const desc = series.map((s, k) => `${s.name}: ${sections.map((section, i) => `${section.title} ${formatScore(values[k]?.[i] ?? null)}`).join(', ')}.`);
  return {
    ...text,
    desc: `Radar chart of section scores from 0 (centre) to 100 (outer ring). ${desc.join(' ')}`,
    axes: sections.map((section) => section.title),
    series: series.map((s, k) => ({ name: s.name, style: s.style, values: values[k] ?? [] })),
    ...(notes ? { notes } : {}),
  };
}

/**
 * A bar per section in its band's colour; markers show other assessments' scores on the same rows,
 * `notes` their figures under each bar. A team's bar has a whisker of its mean ± 1 SD.
 */
export function sectionBars(questionnaire: Questionnaire, current: Snapshot, markers: readonly ChartSeries[], text: Omit<ChartText, 'desc'>, notes?: readonly (string | null)[]): BarChart {
  const definitions = new Map(questionnaire.sections.map((section) => [section.id, section]));
  const rows = plottedSections(current).map((section, i) => {
    const definition = definitions.get(section.id);
    const rubric = definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric;
    const sd = section.spread?.sd ?? null;
    const spreadNote = sd !== null && section.score !== null ? `SD ${formatScore(sd)}, n ${section.spread?.n ?? 0}` : null;
    const note = [spreadNote, notes?.[i] ?? null].filter((part): part is string => part !== null).join(' · ');
    return {
      ...(sd !== null && section.score !== null ? { whisker: [section.score - sd, section.score + sd] as const } : {}),
      ...(note ? { note } : {}),
      label: section.title,
      value: section.score,
      tone: bandTone(section.band, rubric),
      ...(section.band ? { band: section.band.label } : {}),
      markers: markers.map((m) => m.snapshot.sections.find((s) => s.id === section.id)?.score ?? null),
    };
  });
  const described = rows.map((row) => `${row.label} ${formatScore(row.value)}${row.band ? ` (${row.band})` : ''}${row.note ? `, ${row.note}` : ''}`).join('; ');
  const markerWords = markers.map((m, k) => `Markers show ${m.name}: ${rows.map((row) => `${row.label} ${formatScore(row.markers[k] ?? null)}`).join('; ')}.`);
  return {
    ...text,
    desc: [`Bar chart of section scores from 0 to 100: ${described}.`, ...(rows.some((row) => row.whisker) ? ['Whiskers show each mean ± 1 SD.'] : []), ...markerWords].join(' '),
    rows,
    markers: markers.map((m) => ({ name: m.name, style: m.style })),
    bands: bandsDescending(questionnaire.rubric).map((band) => ({ label: band.label, min: band.min, tone: bandTone(band, questionnaire.rubric) ?? 'fair' })),
  };
}

