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
}

const WIDTH = 720;
const LEFT = PAD + 34;
const RIGHT = WIDTH - PAD - 96;
const PLOT_HEIGHT = 220;
const INSET = 24;
const TICKS = [0, 25, 50, 75, 100];

/** Scores over time: x evenly spaced by assessment, y 0..100. */
export function renderLineChart(chart: LineChart): string {
  const top = heading(chart, WIDTH);
  const plotTop = top.bottom + 16;
  const y = (value: number) => plotTop + PLOT_HEIGHT * (1 - Math.max(0, Math.min(100, value)) / 100);
  const count = chart.xLabels.length;
  // Points keep clear of the plot's edges so their value labels stay off the axis and band names.
  const x = (i: number) => (count <= 1 ? (LEFT + RIGHT) / 2 : LEFT + INSET + ((RIGHT - LEFT - 2 * INSET) * i) / (count - 1));
  const body = [top.svg, stripes(chart.bands ?? [], y), grid(y)];
  body.push(xAxis(chart.xLabels, x, plotTop + PLOT_HEIGHT + 16));
  const labelValues = chart.series.length === 1 && (count <= 1 || x(1) - x(0) >= 34);
  for (const series of chart.series) body.push(line(series, x, y, labelValues));
  const legendTop = plotTop + PLOT_HEIGHT + 28;
  const key = chart.series.length > 1 ? legend(chart.series.map((s) => ({ label: s.name, swatch: 'line' as const, ...s.style })), PAD, legendTop, WIDTH - 2 * PAD) : { svg: '', height: 0 };
  return chartDocument(WIDTH, legendTop + key.height + PAD - 6, chart, [...body, key.svg]);
}

function stripes(bands: readonly { label: string; min: number; tone: BandTone }[], y: (value: number) => number): string {
  const ordered = [...bands].sort((a, b) => a.min - b.min);
  const parts = ordered.map((band, i) => {
    const upper = ordered[i + 1]?.min ?? 100;
    const fitted = fitLines(band.label, WIDTH - PAD - RIGHT - 10, 11, 1);
    return (
      el('rect', { class: 'band', x: LEFT, y: y(upper), width: RIGHT - LEFT, height: y(band.min) - y(upper), fill: TONE_FILL[band.tone], 'fill-opacity': 0.12 }) +
      labelElement(RIGHT + 8, (y(upper) + y(band.min)) / 2 + 4, band.label, fitted, 13, { 'font-size': 11, fill: MUTED })
    );
  });
  return el('g', { class: 'bands' }, ...parts);
}

function grid(y: (value: number) => number): string {
  const parts = TICKS.flatMap((tick) => [
    el('line', { class: 'gridline', 'data-value': tick, x1: LEFT, y1: y(tick), x2: RIGHT, y2: y(tick), stroke: GRID }),
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
  const stroke = { fill: 'none', stroke: series.style.color, 'stroke-width': 2.5, 'stroke-dasharray': series.style.dash, 'stroke-linejoin': 'round' };
  const parts = d ? [el('path', { d: d.trim(), ...stroke })] : [];
  series.values.forEach((value, i) => {
    if (value === null) return;
    parts.push(el('circle', { class: 'point', 'data-index': i, cx: x(i), cy: y(value), r: 4, fill: series.style.color }));
    if (labelValues) parts.push(text(x(i), y(value) - 9, formatScore(value), { 'font-size': 11, 'font-weight': 'bold', fill: INK, 'text-anchor': 'middle' }));
  });
  return el('g', { class: 'series', 'data-series': series.name }, ...parts);
}
