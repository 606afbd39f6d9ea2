import { formatPercent } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { row, STAT_ALIGN, STAT_HEADERS, statCells } from './stat-cells.js';

/** Per-section statistics, then how many respondents fall in each band. */
export function sectionTables({ summary }: TeamReportContext): string[] {
  const lines = [
    '## Sections',
    '',
    'Statistics of the respondents\' own section scores (0 to 100). n counts those who answered at least one scored question in the section; SD is the sample standard deviation.',
    '',
    row(['Section', 'Weight', ...STAT_HEADERS, 'Band of the mean', 'Coverage']),
    row(['---', '---:', ...STAT_ALIGN, '---', '---:']),
    row(['**Overall**', '–', ...statCells(summary.overall.stats), escapeInline(summary.overall.band?.label ?? '–'), formatPercent(summary.overall.coverage)]),
  ];
  for (const section of summary.sections) {
    lines.push(row([escapeInline(section.title), String(section.weight), ...statCells(section.stats), escapeInline(section.band?.label ?? '–'), formatPercent(section.coverage)]));
  }
  const labels = summary.overall.bands.map((band) => band.label);
  const sameBands = summary.sections.every((s) => s.bands.map((b) => b.label).join('\n') === labels.join('\n'));
  lines.push('', '### Respondents in each band', '');
  if (sameBands) {
    lines.push(row(['Section', ...labels.map((label) => escapeInline(label))]), row(['---', ...labels.map(() => '---:')]));
    lines.push(row(['**Overall**', ...summary.overall.bands.map((b) => String(b.count))]));
    for (const section of summary.sections) lines.push(row([escapeInline(section.title), ...section.bands.map((b) => String(b.count))]));
  } else {
    // Sections with their own rubric have other band names: one line each instead of a grid.
    lines.push(`- **Overall:** ${bandList(summary.overall.bands)}`);
    for (const section of summary.sections) lines.push(`- **${escapeInline(section.title)}:** ${bandList(section.bands)}`);
  }
  return lines;
}

function bandList(bands: readonly { label: string; count: number }[]): string {
  return bands.map((band) => `${escapeInline(band.label)} ${band.count}`).join(', ');
}
