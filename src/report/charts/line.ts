import type { BandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
import { chartDocument, heading, PAD, type ChartText } from './frame.js';
import { legend } from './legend.js';
import { GRID, INK, MUTED, TONE_FILL, type SeriesStyle } from './palette.js';
import { el, points, text } from './svg.js';
import { fitLines, labelElement, textWidth } from './text-fit.js';

export interface LineSeries {
  name: string;
  /** 0..100 per x position; null leaves a gap in the line. */
  values: readonly (number | null)[];
  style: SeriesStyle;
}

export interface LineChart extends ChartText {
  /** One label per x position (assessment dates), evenly spaced left to right. */
  xLabels: readonly string[];
  series: readonly LineSeries[];
  /** Tinted horizontal stripes, one per band, so each point's band shows. */
  bands?: readonly { label: string; min: number; tone: BandTone }[];
  /** Name and last value written at the end of each line (several series), instead of band names on the right. */
  endLabels?: boolean;
}

const WIDTH = 720;
const LEFT = PAD + 34;
const BAND_ROOM = 96;
const END_LABEL_ROOM = 250;
const END_LABEL_GAP = 14;
const PLOT_HEIGHT = 220;
const INSET = 24;
const TICKS = [0, 25, 50, 75, 100];

/** Scores over time: x evenly spaced by assessment, y 0..100. */
export function renderLineChart(chart: LineChart): string {
  const width = chart.endLabels ? WIDTH + END_LABEL_ROOM - BAND_ROOM : WIDTH;
  const right = width - PAD - (chart.endLabels ? END_LABEL_ROOM : BAND_ROOM);
  const top = heading(chart, width);
  const plotTop = top.bottom + 16;
  const y = (value: number) => plotTop + PLOT_HEIGHT * (1 - Math.max(0, Math.min(100, value)) / 100);
  const count = chart.xLabels.length;
  // Points keep clear of the plot's edges so their value labels stay off the axis and band names.
  const x = (i: number) => (count <= 1 ? (LEFT + right) / 2 : LEFT + INSET + ((right - LEFT - 2 * INSET) * i) / (count - 1));
  const body = [top.svg, stripes(chart.bands ?? [], y, right, !chart.endLabels), grid(y, right)];
  body.push(xAxis(chart.xLabels, x, plotTop + PLOT_HEIGHT + 16));
  const labelValues = chart.series.length === 1 && (count <= 1 || x(1) - x(0) >= 34);
  // Drawn last to first, so the first series (the overall score) lies on top.
  for (const series of [...chart.series].reverse()) body.push(line(series, x, y, labelValues));
  if (chart.endLabels) body.push(endLabels(chart.series, x, y, right + 8, width - PAD - right - 8));
  const legendTop = plotTop + PLOT_HEIGHT + 28;
  const key = chart.series.length > 1 ? legend(chart.series.map((s) => ({ label: s.name, swatch: 'line' as const, ...s.style })), PAD, legendTop, width - 2 * PAD) : { svg: '', height: 0 };
  return chartDocument(width, legendTop + key.height + PAD - 6, chart, [...body, key.svg]);
}

/**
 * Each line's name and last score beside its last point, pushed apart so no two touch: a reader
 * follows a line to its name without matching colours to a key.
 */
function endLabels(series: readonly LineSeries[], x: (i: number) => number, y: (value: number) => number, left: number, room: number): string {
  const placed = series
    .map((s, k) => {
      const last = s.values.reduce<number>((found, value, i) => (value === null ? found : i), -1);
      const value = last < 0 ? null : (s.values[last] ?? null);
      return { s, k, last, value, at: value === null ? 0 : y(value) };
    })
    .filter((label) => label.value !== null)
    .sort((a, b) => a.at - b.at || a.k - b.k);
  for (let i = 1; i < placed.length; i++) placed[i]!.at = Math.max(placed[i]!.at, placed[i - 1]!.at + END_LABEL_GAP);
  const parts = placed.flatMap(({ s, k, last, value, at }) => {
    const content = `${s.name} ${formatScore(value)}`;
    const fitted = fitLines(content, room - 14, 11, 1);
    const weight = k === 0 ? 'bold' : undefined;
    return [
      el('line', { x1: x(last) + 5, y1: y(value ?? 0), x2: left + 4, y2: at, stroke: s.style.color, 'stroke-width': 1 }),
      labelElement(left + 8, at + 4, content, fitted, 13, { class: 'end-label', 'data-series': s.name, 'font-size': 11, 'font-weight': weight, fill: INK }),
    ];
  });
  return el('g', { class: 'end-labels' }, ...parts);
}

function stripes(bands: readonly { label: string; min: number; tone: BandTone }[], y: (value: number) => number, right: number, named: boolean): string {
  const ordered = [...bands].sort((a, b) => a.min - b.min);
  const parts = ordered.map((band, i) => {
    const upper = ordered[i + 1]?.min ?? 100;
    const fitted = fitLines(band.label, BAND_ROOM - 10, 11, 1);
    const rect = el('rect', { class: 'band', x: LEFT, y: y(upper), width: right - LEFT, height: y(band.min) - y(upper), fill: TONE_FILL[band.tone], 'fill-opacity': 0.12 });
    // With end labels on the right, band names go inside the plot's left edge instead.
    const name = named
      ? labelElement(right + 8, (y(upper) + y(band.min)) / 2 + 4, band.label, fitted, 13, { 'font-size': 11, fill: MUTED })
      : labelElement(LEFT + 4, y(upper) + 12, band.label, fitted, 13, { class: 'band-name', 'font-size': 10, fill: MUTED });
    return rect + name;
  });
  return el('g', { class: 'bands' }, ...parts);
}

function grid(y: (value: number) => number, right: number): string {
  const parts = TICKS.flatMap((tick) => [
    el('line', { class: 'gridline', 'data-value': tick, x1: LEFT, y1: y(tick), x2: right, y2: y(tick), stroke: GRID }),
    text(LEFT - 6, y(tick) + 4, String(tick), { 'font-size': 10, fill: MUTED, 'text-anchor': 'end' }),
  ]);
  return el('g', { class: 'grid' }, ...parts);
}

/** Date labels under the plot, thinned so they never touch; the last is always shown. */
function xAxis(labels: readonly string[], x: (i: number) => number, baseline: number): string {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, 11)));
  const spacing = labels.length > 1 ? x(1) - x(0) : Infinity;
  const step = Math.max(1, Math.ceil((widest + 10) / spacing));
  const shown = labels.map((_, i) => i).filter((i) => (i % step === 0 && labels.length - 1 - i >= step) || i === labels.length - 1);
  return el('g', { class: 'x-axis' }, ...shown.map((i) => text(x(i), baseline, labels[i] ?? '', { 'font-size': 11, fill: MUTED, 'text-anchor': 'middle' })));
}

function line(series: LineSeries, x: (i: number) => number, y: (value: number) => number, labelValues: boolean): string {
  let d = '';
  series.values.forEach((value, i) => {
    if (value === null) return;
    d += `${i > 0 && series.values[i - 1] !== null ? 'L' : 'M'}${points([[x(i), y(value)]])} `;
  });
  const stroke = { fill: 'none', stroke: series.style.color, 'stroke-width': series.style.width ?? 2.5, 'stroke-dasharray': series.style.dash, 'stroke-linejoin': 'round' };
  const parts = d ? [el('path', { d: d.trim(), ...stroke })] : [];
  series.values.forEach((value, i) => {
    if (value === null) return;
    parts.push(el('circle', { class: 'point', 'data-index': i, cx: x(i), cy: y(value), r: series.style.width && series.style.width > 3 ? 5 : 4, fill: series.style.color }));
    if (labelValues) parts.push(text(x(i), y(value) - 9, formatScore(value), { 'font-size': 11, 'font-weight': 'bold', fill: INK, 'text-anchor': 'middle' }));
  });
  return el('g', { class: 'series', 'data-series': series.name }, ...parts);
}
