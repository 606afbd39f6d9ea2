import type { Mirror, MirrorDimension } from '../../scoring/mirror.js';
import { formatDifference, formatScore } from '../format.js';
import { verdictLabel } from '../mirror-sentence.js';
import type { ChartFile } from './assessment-charts.js';
import { chartDocument, heading, PAD } from './frame.js';
import { legend } from './legend.js';
import { GRID, INK, MUTED, seriesStyle } from './palette.js';
import { el, text } from './svg.js';
import { fitLines, labelElement } from './text-fit.js';

export const MIRROR_CHART_SUFFIX = 'bars';

const WIDTH = 720;
const LABEL_WIDTH = 160;
const TRACK_X = PAD + LABEL_WIDTH + 12;
const TRACK_WIDTH = 380;
const BAR = 14;
const PAIR = 2 * BAR + 4;
const ROW = PAIR + 22;
const FONT = 12;
const TICKS = [0, 25, 50, 75, 100];
const STAFF = seriesStyle(0);
const CUSTOMERS = seriesStyle(1);

/** Paired bars per shared dimension, staff above customers, in the report's order (biggest blind spot first). */
export function mirrorChart(mirror: Mirror): ChartFile {
  const chart = { title: 'Staff and customers by dimension (0–100)', subtitle: `${mirror.staff.respondents} staff · ${mirror.customers.respondents} customers`, desc: describe(mirror) };
  const top = heading(chart, WIDTH);
  const axisY = top.bottom + 18;
  const rowsTop = axisY + 10;
  const bottom = rowsTop + mirror.dimensions.length * ROW;
  const body = [top.svg, axis(axisY, bottom), ...mirror.dimensions.map((dimension, i) => pairRow(dimension, rowsTop + i * ROW))];
  const key = legend(
    [
      { label: `Staff (n ${mirror.staff.respondents})`, color: STAFF.color, swatch: 'box' },
      { label: `Customers (n ${mirror.customers.respondents})`, color: CUSTOMERS.color, swatch: 'box' },
    ],
    PAD,
    bottom + 6,
    WIDTH - 2 * PAD,
  );
  const svg = chartDocument(WIDTH, bottom + 6 + key.height + PAD, chart, [...body, key.svg]);
  return { suffix: MIRROR_CHART_SUFFIX, alt: 'Paired bars of the staff and customer scores on each dimension', svg };
}

function x(value: number): number {
  return TRACK_X + (TRACK_WIDTH * Math.max(0, Math.min(100, value))) / 100;
}

function axis(y: number, bottom: number): string {
  const lines = TICKS.map((tick) => el('line', { class: 'gridline', x1: x(tick), y1: y + 4, x2: x(tick), y2: bottom, stroke: GRID }));
  const labels = TICKS.map((tick) => text(x(tick), y, String(tick), { 'font-size': 10, fill: MUTED, 'text-anchor': 'middle' }));
  return el('g', { class: 'axis' }, ...lines, ...labels);
}

function pairRow(dimension: MirrorDimension, y: number): string {
  const label = fitLines(dimension.title, LABEL_WIDTH, FONT, 1);
  const gap = dimension.shownGap === null ? '' : `gap ${formatDifference(dimension.shownGap)} · ${verdictLabel(dimension)}`;
  const parts = [
    labelElement(PAD, y + PAIR / 2 - 2, dimension.title, label, 14, { 'font-size': FONT, 'font-weight': 'bold', fill: INK }),
    text(PAD, y + PAIR / 2 + 13, gap, { class: 'note', 'font-size': 11, fill: MUTED }),
    bar('staff', dimension.staff.mean, y, STAFF.color),
    bar('customers', dimension.customers.mean, y + BAR + 4, CUSTOMERS.color),
  ];
  return el('g', { class: 'row', 'data-dimension': dimension.id }, ...parts);
}

function bar(side: string, value: number | null, y: number, color: string): string {
  const track = el('rect', { x: TRACK_X, y, width: TRACK_WIDTH, height: BAR, rx: 3, fill: '#eef1f4' });
  const filled = value === null ? '' : el('rect', { class: 'bar', 'data-side': side, 'data-value': value, x: TRACK_X, y, width: x(value) - TRACK_X, height: BAR, rx: 3, fill: color });
  const label = text(TRACK_X + TRACK_WIDTH + 8, y + BAR - 3, value === null ? 'no score' : formatScore(value), { 'font-size': FONT, fill: INK });
  return el('g', { class: 'pair-bar' }, track, filled, label);
}

/** The numbers in words, for screen readers. */
function describe(mirror: Mirror): string {
  return mirror.dimensions
    .map((d) => `${d.title}: staff ${formatScore(d.staff.mean)}, customers ${formatScore(d.customers.mean)}, gap ${formatDifference(d.shownGap)} (${verdictLabel(d).toLowerCase()})`)
    .join('; ');
}
