import { formatScore } from '../format.js';
import { chartDocument, heading, PAD, type ChartText } from './frame.js';
import { legend } from './legend.js';
import { CARD, GRID, INK, MUTED, type SeriesStyle } from './palette.js';
import { el, points, text } from './svg.js';
import { fitLines, labelElement } from './text-fit.js';

export interface RadarSeries {
  name: string;
  /** 0..100 per axis, in axis order; null where there is no score (the outline breaks there). */
  values: readonly (number | null)[];
  style: SeriesStyle;
}

export interface RadarChart extends ChartText {
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** A short line per axis under its value (the change since before, the target), or null for none. */
  notes?: readonly (string | null)[];
}

const WIDTH = 720;
const RADIUS = 150;
const LABEL_GAP = 12;
const FONT = 12;
const LINE = 15;
const NOTE_FONT = 11;
const RINGS = [25, 50, 75, 100];

/** Axis i of n points straight up for i = 0 and turns clockwise; value 100 sits on the outer ring. */
export function radarPoint(index: number, count: number, value: number, cx: number, cy: number, radius = RADIUS): [number, number] {
  const angle = (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, Math.min(100, value))) / 100;
  return [cx + r * Math.sin(angle), cy - r * Math.cos(angle)];
}

/** A spider chart of section scores; one outline per series, the first series' values printed by each axis with its note. */
export function renderRadarChart(chart: RadarChart): string {
  const top = heading(chart, WIDTH);
  const cx = WIDTH / 2;
  const n = chart.axes.length;
  const first = chart.series[0];
  const labelsAt = (cy: number) => chart.axes.map((axis, i) => axisLabel(axis, i, n, cx, cy, first?.values[i], chart.notes?.[i] ?? null));
  // Laid out once around y = 0 to learn how far the labels reach, then placed for real.
  const extent = labelsAt(0);
  const cy = top.bottom + 10 - Math.min(-RADIUS, ...extent.map((label) => label.top));
  const labels = labelsAt(cy);
  const body: string[] = [top.svg, grid(n, cx, cy), ...labels.map((label) => label.svg)];
  chart.series.forEach((series, k) => body.push(outline(series, n, cx, cy, k === 0)));
  body.push(scale(cx, cy));
  const legendTop = Math.max(cy + RADIUS, ...labels.map((label) => label.bottom)) + 16;
  const key = chart.series.length > 1 ? legend(chart.series.map((s) => ({ label: s.name, swatch: 'line' as const, ...s.style })), PAD, legendTop, WIDTH - 2 * PAD) : { svg: '', height: 0 };
  return chartDocument(WIDTH, legendTop + key.height + PAD, chart, [...body, key.svg]);
}

function grid(n: number, cx: number, cy: number): string {
  const rings = RINGS.map((ring) =>
    el('polygon', { class: 'ring', points: points(Array.from({ length: n }, (_, i) => radarPoint(i, n, ring, cx, cy))), fill: 'none', stroke: GRID }),
  );
  const spokes = Array.from({ length: n }, (_, i) => {
    const [x2, y2] = radarPoint(i, n, 100, cx, cy);
    return el('line', { class: 'axis', x1: cx, y1: cy, x2, y2, stroke: GRID });
  });
  return el('g', { class: 'grid' }, ...rings, ...spokes);
}

/**
 * Ring values just inside each ring, right of the upward axis. Drawn over the outlines with a halo
 * in the card's colour, so a polygon edge crossing them never strikes the figures through.
 */
function scale(cx: number, cy: number): string {
  const halo = { stroke: CARD, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const labels = RINGS.map((ring) => text(cx + 7, cy - (RADIUS * ring) / 100 + 12, String(ring), { class: 'tick', 'font-size': 10, fill: MUTED, ...halo }));
  return el('g', { class: 'scale' }, ...labels);
}

/** An axis label and how far up and down it reaches: the section, its value in bold, then its note. */
function axisLabel(axis: string, i: number, n: number, cx: number, cy: number, value: number | null | undefined, note: string | null): { svg: string; top: number; bottom: number } {
  const angle = (2 * Math.PI * i) / n;
  const [x, y] = radarPoint(i, n, 100 + (100 * LABEL_GAP) / RADIUS, cx, cy);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  // Near the top and bottom a label is centred on its axis; elsewhere it grows away from the chart.
  const anchor = Math.abs(sin) < 0.35 ? 'middle' : sin > 0 ? 'start' : 'end';
  const room = anchor === 'middle' ? 170 : sin > 0 ? WIDTH - PAD - x : x - PAD;
  const fitted = fitLines(axis, room, FONT, 2);
  const noteFitted = note ? fitLines(note, room, NOTE_FONT, 1) : null;
  const lines = fitted.lines.length + (value === undefined ? 0 : 1) + (noteFitted ? 1 : 0);
  const blockTop = anchor !== 'middle' ? y - (lines * LINE) / 2 + LINE - 3 : cos > 0 ? y - (lines - 1) * LINE - 4 : y + LINE - 2;
  let svg = labelElement(x, blockTop, axis, fitted, LINE, { 'font-size': FONT, fill: INK, 'text-anchor': anchor });
  let line = fitted.lines.length;
  if (value !== undefined) {
    svg += text(x, blockTop + line * LINE, formatScore(value), { 'font-size': FONT, 'font-weight': 'bold', fill: INK, 'text-anchor': anchor });
    line++;
  }
  if (note && noteFitted) svg += labelElement(x, blockTop + line * LINE, note, noteFitted, LINE, { class: 'note', 'font-size': NOTE_FONT, fill: MUTED, 'text-anchor': anchor });
  return { svg, top: blockTop - FONT, bottom: blockTop + (lines - 1) * LINE + 4 };
}

/** Only the first series is filled, so later ones (an earlier score, a target, other groups) never hide it. */
function outline(series: RadarSeries, n: number, cx: number, cy: number, filled: boolean): string {
  const xy = series.values.map((value, i) => (value === null ? null : radarPoint(i, n, value, cx, cy)));
  const complete = xy.every((p) => p !== null);
  const stroke = { stroke: series.style.color, 'stroke-width': 2.5, 'stroke-dasharray': series.style.dash, 'stroke-linejoin': 'round' };
  const shape = complete
    ? el('polygon', { points: points(xy as [number, number][]), fill: filled ? series.style.color : 'none', 'fill-opacity': filled ? 0.12 : undefined, ...stroke })
    : el('path', { d: brokenPath(xy), fill: 'none', ...stroke });
  const dots = xy.flatMap((p, i) => (p ? [el('circle', { class: 'point', 'data-axis': i, cx: p[0], cy: p[1], r: 3.5, fill: series.style.color })] : []));
  return el('g', { class: 'series', 'data-series': series.name }, shape, ...dots);
}

/** The outline with a gap wherever an axis has no score, closed around when the last and first both have one. */
function brokenPath(xy: readonly ([number, number] | null)[]): string {
  const ring = [...xy, xy[0] ?? null];
  let d = '';
  ring.forEach((p, i) => {
    if (!p) return;
    d += `${i > 0 && ring[i - 1] ? 'L' : 'M'}${points([p])} `;
  });
  return d.trim() || 'M0,0';
}
