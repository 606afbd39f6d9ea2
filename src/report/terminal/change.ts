import type { ChalkInstance } from 'chalk';
import type { BandChange, ScoreChange } from '../../scoring/compare.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatDifference } from '../format.js';

/** "▲ +41.7" in green, "▼ -3.0" in red on a colour terminal; the signed number alone in plain ASCII. */
export function paintChange(change: Pick<ScoreChange, 'delta' | 'direction'>, style: ChalkInstance): string {
  if (change.direction === 'none') return '–';
  const number = formatDifference(change.delta);
  // Plain output stays ASCII: a hyphen for the minus sign, no arrows.
  if (style.level === 0) return number.replace('−', '-');
  if (change.direction === 'up') return style.green(`▲ ${number}`);
  if (change.direction === 'down') return style.red(`▼ ${number}`);
  return style.dim(`= ${number}`);
}

/** "At risk → Developing" (coloured by direction), or the unchanged band. */
export function paintBandChange(band: BandChange, style: ChalkInstance): string {
  if (!band.changed) return clean(band.after ?? '–');
  const text = `${clean(band.before ?? '–')} -> ${clean(band.after ?? '–')}`;
  if (style.level === 0) return text;
  const arrowed = text.replace(' -> ', ' → ');
  return band.direction === 'down' ? style.red.bold(arrowed) : style.green.bold(arrowed);
}
