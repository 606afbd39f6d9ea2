import type { ChalkInstance } from 'chalk';
import type { BandTone } from '../band-tone.js';

/** A horizontal bar for a 0..100 score: unicode blocks with colour, plain ASCII without. */
export function scoreBar(score: number | null, width: number, style: ChalkInstance, color?: (text: string) => string): string {
  const unicode = style.level > 0;
  if (score === null) return (unicode ? '·' : '.').repeat(width);
  const eighths = Math.round((Math.max(0, Math.min(100, score)) / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  if (!unicode) {
    const filled = Math.round(eighths / 8);
    return '#'.repeat(filled) + '-'.repeat(width - filled);
  }
  const partial = eighths % 8 === 0 ? '' : ' ▏▎▍▌▋▊▉'[eighths % 8] ?? '';
  const bar = '█'.repeat(full) + partial;
  const rest = '░'.repeat(width - full - (partial ? 1 : 0));
  return (color ?? ((t: string) => t))(bar) + style.dim(rest);
}

/** Terminal colour of a band tone; the SVG charts map the same tones to their own colours. */
export function toneColor(style: ChalkInstance, tone: BandTone): (text: string) => string {
  return { best: style.green, good: style.cyan, fair: style.yellow, poor: style.red }[tone];
}
