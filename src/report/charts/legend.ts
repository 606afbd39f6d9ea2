import { INK } from './palette.js';
import { el } from './svg.js';
import { fitLines, labelElement, textWidth } from './text-fit.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** line: a stroke sample (series); box: a filled square (band); tick: a marker line; whisker: an error bar. */
  swatch: 'line' | 'box' | 'tick' | 'whisker';
  dash?: string;
}

const SIZE = 12;
const ROW = 20;
const SWATCH = 22;
const GAP = 18;
const MAX_LABEL = 200;

/** Legend entries flowing left to right and wrapping; returns the SVG and its height. */
export function legend(entries: readonly LegendEntry[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let x = x0;
  let y = y0;
  for (const entry of entries) {
    const fitted = fitLines(entry.label, MAX_LABEL, SIZE, 1);
    const itemWidth = SWATCH + 6 + textWidth(fitted.lines[0] ?? '', SIZE);
    if (x > x0 && x + itemWidth > x0 + width) {
      x = x0;
      y += ROW;
    }
    parts.push(swatch(entry, x, y + ROW / 2));
    parts.push(labelElement(x + SWATCH + 6, y + ROW / 2 + 4, entry.label, fitted, ROW, { 'font-size': SIZE, fill: INK }));
    x += itemWidth + GAP;
  }
  return { svg: el('g', { class: 'legend' }, ...parts), height: y - y0 + ROW };
}

function swatch(entry: LegendEntry, x: number, midY: number): string {
  switch (entry.swatch) {
    case 'box':
      return el('rect', { x: x + 4, y: midY - 7, width: 14, height: 14, rx: 3, fill: entry.color });
    case 'tick':
      return el('line', { x1: x + 11, y1: midY - 8, x2: x + 11, y2: midY + 8, stroke: entry.color, 'stroke-width': 3, 'stroke-dasharray': entry.dash });
    case 'whisker':
      return el('path', { d: `M${x + 3},${midY - 5}V${midY + 5}M${x + 3},${midY}H${x + 19}M${x + 19},${midY - 5}V${midY + 5}`, fill: 'none', stroke: entry.color, 'stroke-width': 1.5 });
    case 'line':
      return el('line', { x1: x, y1: midY, x2: x + SWATCH, y2: midY, stroke: entry.color, 'stroke-width': 3, 'stroke-dasharray': entry.dash });
  }
}
