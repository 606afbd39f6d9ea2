import type { MirrorDimension, OneSidedDimension } from '../scoring/mirror.js';
import { formatScore, oneDecimal } from './format.js';

// Plain text: Markdown escapes it, JSON carries it as it is, the terminal prints it.

/** "Staff rate Responsive 72.0; customers 51.0: a 21.0-point blind spot." */
export function gapSentence(dimension: MirrorDimension): string {
  const { title, staff, customers, shownGap, verdict } = dimension;
  const both = `Staff rate ${title} ${formatScore(staff.mean)}; customers ${formatScore(customers.mean)}`;
  const points = shownGap === null ? '' : `${oneDecimal(Math.abs(shownGap))}-point`;
  switch (verdict) {
    case 'blind-spot':
      return `${both}: ${withArticle(points)} blind spot.`;
    case 'hidden-strength':
      return `${both}: ${withArticle(points)} hidden strength.`;
    case 'in-step':
      return `${both}: in step (${shownGap === 0 ? 'no gap' : `${withArticle(points)} gap`}).`;
    case 'no-score':
      return `${title} has no score on the ${staff.mean === null ? 'staff' : "customers'"} side.`;
  }
}

/** The reading of a gap in a word or two, for tables. */
export function verdictLabel(dimension: MirrorDimension): string {
  return { 'blind-spot': 'Blind spot', 'hidden-strength': 'Hidden strength', 'in-step': 'In step', 'no-score': 'No score' }[dimension.verdict];
}

/** "Attractive: measured by staff only (score 75.0)." */
export function oneSidedSentence(dimension: OneSidedDimension): string {
  return `${dimension.title}: measured by ${dimension.side} only (score ${formatScore(dimension.view.mean)}).`;
}

/** "a 21.0-point", "an 18.4-point", "an 8.0-point", "an 11.7-point": the article a number is read with. */
function withArticle(points: string): string {
  const whole = points.split('.')[0] ?? '';
  return `${whole.startsWith('8') || whole === '11' || whole === '18' ? 'an' : 'a'} ${points}`;
}
