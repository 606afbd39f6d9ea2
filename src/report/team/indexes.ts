import type { ItemIndex, ItemSummary } from '../../scoring/team/team-summary.js';
import { formatDifference, formatPercent } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { row } from './stat-cells.js';

/**
 * The figures question types add to a team report (the Net Promoter Score of `nps` questions): one
 * table per figure, a row per question, its parts as shares. Empty when no question has one.
 */
export function indexSection(context: TeamReportContext): string[] {
  const lines: string[] = [];
  for (const [title, items] of itemsByIndex(context.summary.items)) {
    const { method, parts } = items[0]?.index as ItemIndex;
    lines.push(`## ${escapeInline(title)}`, '', escapeInline(method), '');
    lines.push(row(['Question', 'n', ...parts.map((part) => escapeInline(part.label)), escapeInline(title)]), row(['---', '---:', ...parts.map(() => '---:'), '---:']));
    for (const item of items) {
      const index = item.index as ItemIndex;
      const shares = parts.map((_, i) => formatPercent(index.result?.shares[i] ?? null));
      lines.push(row([context.questionText(item.id), String(index.n), ...shares, formatIndex(index)]));
    }
    lines.push('');
  }
  return lines;
}

/** "+20.0", "−12.5", or "–" when nobody answered. */
export function formatIndex(index: ItemIndex): string {
  return index.result ? formatDifference(index.result.value) : '–';
}

/** Items that carry a figure, grouped by its title (one type's figure has one set of parts), in questionnaire order. */
export function itemsByIndex(items: readonly ItemSummary[]): Map<string, ItemSummary[]> {
  const groups = new Map<string, ItemSummary[]>();
  for (const item of items) {
    if (!item.index) continue;
    const group = groups.get(item.index.title) ?? [];
    group.push(item);
    groups.set(item.index.title, group);
  }
  return groups;
}
