import type { BandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
import { chartDocument, heading, PAD, type ChartText } from './frame.js';
import { legend, type LegendEntry } from './legend.js';
import { CARD, GRID, INK, MUTED, TONE_FILL, type SeriesStyle } from './palette.js';
import { el, text } from './svg.js';
import { fitLines, labelElement } from './text-fit.js';

export interface BarRow {
  label: string;
  /** 0..100, or null for no score (no bar, "no score" printed). */
  value: number | null;
  tone: BandTone | null;
  /** The band's name, printed after the value so colour is never the only cue. */
  band?: string;
  /** One value per chart marker (an earlier score, a target), drawn as ticks across the bar. */
  markers?: readonly (number | null)[];
  /** Low and high end of a whisker across the bar (a team's mean ± 1 SD), 0..100 scale. */
  whisker?: readonly [number, number];
  /** A line under the bar: the SD, the earlier score and change, the target. */
  note?: string;
}

export interface BarChart extends ChartText {
  rows: readonly BarRow[];
  markers?: readonly { name: string; style: SeriesStyle }[];
  /** Band key under the chart, best first. */
  bands?: readonly { label: string; min: number; tone: BandTone }[];
}

const WIDTH = 720;
const LABEL_WIDTH = 200;
const TRACK_X = PAD + LABEL_WIDTH + 12;
const TRACK_WIDTH = 330;
const ROW = 38;
const BAR = 16;
const FONT = 12;
const NOTE_ROOM = 12;
const TICKS = [0, 25, 50, 75, 100];

/** Where a 0..100 value falls on the track. */
export function barX(value: number): number {
  return TRACK_X + (TRACK_WIDTH * Math.max(0, Math.min(100, value))) / 100;
}

/** Horizontal bars of section scores in band colours, with an axis from 0 to 100. */
export function renderBarChart(chart: BarChart): string {
  const top = heading(chart, WIDTH);
  const axisY = top.bottom + 18;
  const rowsTop = axisY + 8;
  // Rows with a note under the bar need room for it.
  const rowHeight = chart.rows.some((row) => row.note) ? ROW + NOTE_ROOM : ROW;
  const bottom = rowsTop + chart.rows.length * rowHeight;
  const body: string[] = [top.svg, axis(axisY, bottom)];
  chart.rows.forEach((row, i) => body.push(barRow(row, rowsTop + i * rowHeight, chart.markers ?? [])));
  const entries: LegendEntry[] = [
    ...(chart.bands ?? []).map((band) => ({ label: `${band.label} ≥ ${band.min}`, color: TONE_FILL[band.tone], swatch: 'box' as const })),
    ...(chart.markers ?? []).map((marker) => ({ label: marker.name, color: marker.style.color, swatch: 'tick' as const })),
    ...(chart.rows.some((row) => row.whisker) ? [{ label: 'Mean ± 1 SD', color: INK, swatch: 'whisker' as const }] : []),
  ];
  const key = legend(entries, PAD, bottom + 10, WIDTH - 2 * PAD);
  return chartDocument(WIDTH, bottom + 10 + key.height + PAD, chart, [...body, key.svg]);
}

function axis(y: number, bottom: number): string {
  const lines = TICKS.map((tick) =>
    el('line', { class: 'gridline', 'data-value': tick, x1: barX(tick), y1: y + 4, x2: barX(tick), y2: bottom, stroke: GRID }),
  );
  const labels = TICKS.map((tick) => text(barX(tick), y, String(tick), { 'font-size': 10, fill: MUTED, 'text-anchor': 'middle' }));
  return el('g', { class: 'axis' }, ...lines, ...labels);
}

function barRow(row: BarRow, y: number, markers: readonly { name: string; style: SeriesStyle }[]): string {
  const mid = y + ROW / 2 - (row.note ? 2 : 0);
  const fitted = fitLines(row.label, LABEL_WIDTH, FONT, 2);
  const labelY = mid + 4 - ((fitted.lines.length - 1) * 14) / 2;
  const parts = [labelElement(PAD, labelY, row.label, fitted, 14, { 'font-size': FONT, fill: INK })];
  parts.push(el('rect', { x: TRACK_X, y: mid - BAR / 2, width: TRACK_WIDTH, height: BAR, rx: 3, fill: '#eef1f4' }));
  if (row.value !== null) {
    const fill = row.tone ? TONE_FILL[row.tone] : MUTED;
    parts.push(el('rect', { class: 'bar', x: TRACK_X, y: mid - BAR / 2, width: barX(row.value) - TRACK_X, height: BAR, rx: 3, fill }));
  }
  markers.forEach((marker, k) => {
    const value = row.markers?.[k];
    if (value === null || value === undefined) return;
    const x = barX(value);
    parts.push(el('line', { class: 'marker', 'data-marker': marker.name, x1: x, y1: mid - BAR / 2 - 5, x2: x, y2: mid + BAR / 2 + 5, stroke: marker.style.color, 'stroke-width': 3 }));
  });
  if (row.whisker) parts.push(whisker(row.whisker, mid));
  if (row.note) {
    const fitted = fitLines(row.note, WIDTH - PAD - TRACK_X, 11, 1);
    parts.push(labelElement(TRACK_X, mid + BAR / 2 + 14, row.note, fitted, 13, { class: 'note', 'font-size': 11, fill: MUTED }));
  }
  const value = row.value === null ? 'no score' : `${formatScore(row.value)}${row.band ? ` ${row.band}` : ''}`;
  const valueText = fitLines(value, WIDTH - PAD - (TRACK_X + TRACK_WIDTH + 10), FONT, 1);
  parts.push(labelElement(TRACK_X + TRACK_WIDTH + 10, mid + 4, value, valueText, 14, { 'font-size': FONT, fill: INK }));
  return el('g', { class: 'row' }, ...parts);
}

/** A line with end caps from low to high, dark with a white halo so it reads on any band colour. */
function whisker([low, high]: readonly [number, number], mid: number): string {
  const x1 = barX(low);
  const x2 = barX(high);
  const line = (attributes: Record<string, number | string>) => [
    el('line', { ...attributes, stroke: CARD, 'stroke-width': 4, 'stroke-linecap': 'round' }),
    el('line', { ...attributes, stroke: INK, 'stroke-width': 1.5 }),
  ];
  return el(
    'g',
    { class: 'whisker', 'data-low': low, 'data-high': high },
    ...line({ x1, y1: mid, x2, y2: mid }),
    ...line({ x1, y1: mid - 5, x2: x1, y2: mid + 5 }),
    ...line({ x1: x2, y1: mid - 5, x2, y2: mid + 5 }),
  );
}
