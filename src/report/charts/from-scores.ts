import type { Questionnaire } from '../../questionnaire/schema.js';
import { bandsDescending, sectionRubric } from '../../scoring/bands.js';
import type { Snapshot, SnapshotSection } from '../../scoring/snapshot.js';
import { bandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
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

/** One outline per series over the sections of the first series. */
export function sectionRadar(series: readonly ChartSeries[], text: Omit<ChartText, 'desc'>): RadarChart {
  const sections = series[0] ? plottedSections(series[0].snapshot) : [];
  const values = series.map((s) => sections.map((section) => s.snapshot.sections.find((x) => x.id === section.id)?.score ?? null));
  const desc = series.map((s, k) => `${s.name}: ${sections.map((section, i) => `${section.title} ${formatScore(values[k]?.[i] ?? null)}`).join(', ')}.`);
  return {
    ...text,
    desc: `Radar chart of section scores from 0 (centre) to 100 (outer ring). ${desc.join(' ')}`,
    axes: sections.map((section) => section.title),
    series: series.map((s, k) => ({ name: s.name, style: s.style, values: values[k] ?? [] })),
  };
}

/** A bar per section in its band's colour; markers show other assessments' scores on the same rows. */
export function sectionBars(questionnaire: Questionnaire, current: Snapshot, markers: readonly ChartSeries[], text: Omit<ChartText, 'desc'>): BarChart {
  const definitions = new Map(questionnaire.sections.map((section) => [section.id, section]));
  const rows = plottedSections(current).map((section) => {
    const definition = definitions.get(section.id);
    const rubric = definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric;
    return {
      label: section.title,
      value: section.score,
      tone: bandTone(section.band, rubric),
      ...(section.band ? { band: section.band.label } : {}),
      markers: markers.map((m) => m.snapshot.sections.find((s) => s.id === section.id)?.score ?? null),
    };
  });
  const described = rows.map((row) => `${row.label} ${formatScore(row.value)}${row.band ? ` (${row.band})` : ''}`).join('; ');
  const markerWords = markers.map((m, k) => `Markers show ${m.name}: ${rows.map((row) => `${row.label} ${formatScore(row.markers[k] ?? null)}`).join('; ')}.`);
  return {
    ...text,
    desc: [`Bar chart of section scores from 0 to 100: ${described}.`, ...markerWords].join(' '),
    rows,
    markers: markers.map((m) => ({ name: m.name, style: m.style })),
    bands: bandsDescending(questionnaire.rubric).map((band) => ({ label: band.label, min: band.min, tone: bandTone(band, questionnaire.rubric) ?? 'fair' })),
  };
}

