import type { Stats } from '../../scoring/team/stats.js';
import { formatScore } from '../format.js';

export const STAT_HEADERS = ['n', 'Mean', 'Median', 'SD', 'Min', 'Max'];
export const STAT_ALIGN = ['---:', '---:', '---:', '---:', '---:', '---:'];

/** n, mean, median, sd, min and max as table cells, one decimal. */
export function statCells(stats: Stats): string[] {
  return [String(stats.n), formatScore(stats.mean), formatScore(stats.median), formatScore(stats.sd), formatScore(stats.min), formatScore(stats.max)];
}

/** A Markdown table row from cells (already escaped). */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
