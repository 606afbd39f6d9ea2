import type { BandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
import { chartDocument, heading, PAD, type ChartText } from './frame.js';
import { legend, type LegendEntry } from './legend.js';
import { GRID, INK, MUTED, TONE_FILL, type SeriesStyle } from './palette.js';
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
  const body: string[] = [top.svg, axis(axisY, rowsTop + chart.rows.length * ROW)];
  chart.rows.forEach((row, i) => body.push(barRow(row, rowsTop + i * ROW, chart.markers ?? [])));
  const entries: LegendEntry[] = [
    ...(chart.bands ?? []).map((band) => ({ label: `${band.label} ≥ ${band.min}`, color: TONE_FILL[band.tone], swatch: 'box' as const })),
    ...(chart.markers ?? []).map((marker) => ({ label: marker.name, color: marker.style.color, swatch: 'tick' as const })),
  ];
  const key = legend(entries, PAD, rowsTop + chart.rows.length * ROW + 10, WIDTH - 2 * PAD);
  return chartDocument(WIDTH, rowsTop + chart.rows.length * ROW + 10 + key.height + PAD, chart, [...body, key.svg]);
}

function axis(y: number, bottom: number): string {
  const lines = TICKS.map((tick) =>
    el('line', { class: 'gridline', 'data-value': tick, x1: barX(tick), y1: y + 4, x2: barX(tick), y2: bottom, stroke: GRID }),
  );
  const labels = TICKS.map((tick) => text(barX(tick), y, String(tick), { 'font-size': 10, fill: MUTED, 'text-anchor': 'middle' }));
  return el('g', { class: 'axis' }, ...lines, ...labels);
}

function barRow(row: BarRow, y: number, markers: readonly { name: string; style: SeriesStyle }[]): string {
  const mid = y + ROW / 2;
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
  const value = row.value === null ? 'no score' : `${formatScore(row.value)}${row.band ? ` ${row.band}` : ''}`;
  const valueText = fitLines(value, WIDTH - PAD - (TRACK_X + TRACK_WIDTH + 10), FONT, 1);
  parts.push(labelElement(TRACK_X + TRACK_WIDTH + 10, mid + 4, value, valueText, 14, { 'font-size': FONT, fill: INK }));
  return el('g', { class: 'row' }, ...parts);
}
