import type { BandTone } from '../band-tone.js';

// Every chart sits on its own light card (see frame.ts), so these colours are chosen against
// white only and stay legible whatever page or viewer background the SVG is shown on.
export const CARD = '#ffffff';
export const CARD_BORDER = '#d0d7de';
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const GRID = '#d8dee4';

/** Mid-saturation band fills: distinct from each other and from the card, with dark text beside them. */
export const TONE_FILL: Record<BandTone, string> = {
  best: '#2e9e5b',
  good: '#3b82c4',
  fair: '#e0a526',
  poor: '#d1495b',
};

/** Okabe–Ito colours (safe for colour-blind readers), darkest first; dashes tell series apart past eight. */
const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#6e7781', '#000000'];
const SERIES_DASHES = [undefined, '7 4', '2 3', '9 3 2 3'];

export interface SeriesStyle {
  color: string;
  dash?: string;
  /** Stroke width; 2.5 when absent. */
  width?: number;
}

export function seriesStyle(index: number): SeriesStyle {
  const color = SERIES_COLORS[index % SERIES_COLORS.length] ?? INK;
  const dash = SERIES_DASHES[Math.floor(index / SERIES_COLORS.length) % SERIES_DASHES.length];
  return dash ? { color, dash } : { color };
}

/** How an earlier assessment and a target are drawn next to the current one. */
export const PREVIOUS_STYLE: SeriesStyle = { color: '#6e7781', dash: '5 4' };
export const TARGET_STYLE: SeriesStyle = { color: '#8250df', dash: '2 3' };
/** The overall score among its sections on one trend chart: darkest and thickest. */
export const OVERALL_STYLE: SeriesStyle = { color: INK, width: 4.5 };
