import type { ChalkInstance } from 'chalk';
import type { BandChange, ScoreChange } from '../../scoring/compare.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatDifference } from '../format.js';

/**
 * The shown change: "▲ +41.7" in green, "▼ -3.0" in red on a colour terminal when it is a clear
 * change, dim and without an arrow when chance could explain it; the signed number alone in plain ASCII.
 */
export function paintChange(change: Pick<ScoreChange, 'shownChange' | 'direction' | 'clearChange'>, style: ChalkInstance): string {
  if (change.direction === 'none') return '–';
  const number = formatDifference(change.shownChange);
  // Plain output stays ASCII: a hyphen for the minus sign, no arrows.
  if (style.level === 0) return number.replace('−', '-');
  if (!change.clearChange) return style.dim(`  ${number}`);
  if (change.direction === 'up') return style.green(`▲ ${number}`);
  return style.red(`▼ ${number}`);
}

/** "At risk → Developing" (coloured by direction), or the unchanged band. */
export function paintBandChange(band: BandChange, style: ChalkInstance): string {
  if (!band.changed) return clean(band.after ?? '–');
  const text = `${clean(band.before ?? '–')} -> ${clean(band.after ?? '–')}`;
  if (style.level === 0) return text;
  const arrowed = text.replace(' -> ', ' → ');
  return band.direction === 'down' ? style.red.bold(arrowed) : style.green.bold(arrowed);
}
