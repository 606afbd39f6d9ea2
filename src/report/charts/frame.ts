import { CARD, CARD_BORDER, INK, MUTED } from './palette.js';
import { el, escapeXml } from './svg.js';
import { fitLines, labelElement } from './text-fit.js';

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, 'DejaVu Sans', sans-serif";
export const PAD = 20;

export interface ChartText {
  /** Shown at the top and used as the accessible name. */
  title: string;
  /** A line under the title: whose scores, which questionnaire. */
  subtitle?: string;
  /** The accessible description: the numbers in words, for screen readers. */
  desc: string;
}

/**
 * The whole chart on a light rounded card. The card is what makes one set of colours work on
 * light and dark pages alike: nothing is drawn straight onto an unknown background.
 */
export function chartDocument(width: number, height: number, text: ChartText, body: string[]): string {
  return (
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'chart-title chart-desc',
        'font-family': FONT_FAMILY,
      },
      el('title', { id: 'chart-title' }, escapeXml(text.title)),
      el('desc', { id: 'chart-desc' }, escapeXml(text.desc)),
      el('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 10, fill: CARD, stroke: CARD_BORDER }),
      ...body,
    ) + '\n'
  );
}

/** Title and subtitle at the top of the card; returns the SVG and the y below it. */
export function heading(text: ChartText, width: number): { svg: string; bottom: number } {
  const title = fitLines(text.title, width - 2 * PAD, 17, 1);
  let svg = labelElement(PAD, PAD + 17, text.title, title, 20, { 'font-size': 17, 'font-weight': 'bold', fill: INK });
  let bottom = PAD + 24;
  if (text.subtitle) {
    const subtitle = fitLines(text.subtitle, width - 2 * PAD, 12, 1);
    svg += labelElement(PAD, bottom + 12, text.subtitle, subtitle, 15, { 'font-size': 12, fill: MUTED });
    bottom += 20;
  }
  return { svg, bottom };
}
