import { chartDocument, heading, PAD, type ChartText } from './frame.js';
import { legend } from './legend.js';
import { CARD, GRID, INK, MUTED } from './palette.js';
import { el, text } from './svg.js';
import { fitLines, labelElement, textWidth } from './text-fit.js';

/** One answer class of a stacked bar, in the order drawn left to right. */
export interface StackPart {
  name: string;
  /** Printed inside its segment (and in the key) so colour is never the only cue. */
  short: string;
  color: string;
  /** Text colour on the fill. */
  ink: string;
}

export interface StackRow {
  label: string;
  /** One count per part; a row with no answers is drawn as an empty track. */
  counts: readonly number[];
}

export interface StackGroup {
  /** A heading over the group's rows; none when empty. */
  title: string;
  rows: readonly StackRow[];
}

export interface StackedBarChart extends ChartText {
  parts: readonly StackPart[];
  groups: readonly StackGroup[];
}

const WIDTH = 760;
const LABEL_WIDTH = 300;
const TRACK_X = PAD + LABEL_WIDTH + 10;
const TRACK_WIDTH = 300;
const ROW = 34;
const BAR = 18;
const GROUP_HEAD = 28;
const FONT = 11;

/** The share of a row's answers in each part, 0..1. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

/** Horizontal 100% bars, one row per item under a heading per group, each segment labelled with its share. */
export function renderStackedBarChart(chart: StackedBarChart): string {
  const top = heading(chart, WIDTH);
  const body: string[] = [top.svg];
  const keyEntries = chart.parts.map((part) => ({ label: `${part.short} ${part.name}`, color: part.color, swatch: 'box' as const }));
  const key = legend(keyEntries, PAD, top.bottom + 4, WIDTH - 2 * PAD);
  body.push(key.svg);
  let y = top.bottom + 4 + key.height + 6;
  body.push(axis(y));
  y += 10;
  for (const group of chart.groups) {
    if (group.title) {
      const fitted = fitLines(group.title, WIDTH - 2 * PAD, 13, 1);
      body.push(labelElement(PAD, y + 18, group.title, fitted, 16, { 'font-size': 13, 'font-weight': 'bold', fill: INK }));
      y += GROUP_HEAD;
    }
    for (const row of group.rows) {
      body.push(stackRow(row, chart.parts, y));
      y += ROW;
    }
  }
  return chartDocument(WIDTH, y + PAD - 4, chart, body);
}

function axis(y: number): string {
  const ticks = [0, 25, 50, 75, 100];
  const x = (tick: number) => TRACK_X + (TRACK_WIDTH * tick) / 100;
  return el('g', { class: 'axis' }, ...ticks.map((tick) => text(x(tick), y + 4, `${tick}%`, { 'font-size': 10, fill: MUTED, 'text-anchor': 'middle' })));
}

function stackRow(row: StackRow, parts: readonly StackPart[], y: number): string {
  const mid = y + ROW / 2;
  const fitted = fitLines(row.label, LABEL_WIDTH, FONT, 2);
  const labelY = mid + 4 - ((fitted.lines.length - 1) * 13) / 2;
  const out = [labelElement(PAD, labelY, row.label, fitted, 13, { 'font-size': FONT, fill: INK })];
  out.push(el('rect', { x: TRACK_X, y: mid - BAR / 2, width: TRACK_WIDTH, height: BAR, fill: '#eef1f4', stroke: GRID }));
  const share = shares(row.counts);
  let x = TRACK_X;
  share.forEach((s, i) => {
    const part = parts[i];
    if (!part || s <= 0) return;
    const width = TRACK_WIDTH * s;
    // A thin card-coloured edge keeps neighbouring segments apart in greyscale too.
    out.push(el('rect', { class: 'segment', 'data-part': part.name, 'data-count': row.counts[i] ?? 0, x, y: mid - BAR / 2, width, height: BAR, fill: part.color, stroke: CARD, 'stroke-width': 1 }));
    const label = `${Math.round(100 * s)}%`;
    if (textWidth(label, 10) + 6 <= width) out.push(text(x + width / 2, mid + 3.5, label, { 'font-size': 10, 'font-weight': 'bold', fill: part.ink, 'text-anchor': 'middle' }));
    x += width;
  });
  const total = row.counts.reduce((sum, count) => sum + count, 0);
  const summary = total === 0 ? 'no answers' : `${parts.map((part, i) => `${part.short} ${row.counts[i] ?? 0}`).join(' · ')}`;
  out.push(text(TRACK_X + TRACK_WIDTH + 10, mid + 4, summary, { 'font-size': FONT, fill: INK }));
  return el('g', { class: 'row' }, ...out);
}
