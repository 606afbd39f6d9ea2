import type { Questionnaire, Rubric } from '../../questionnaire/schema.js';
import { bandFor, bandsDescending, sectionRubric } from '../../scoring/bands.js';
import { shownDifference } from '../../scoring/shown.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { toneForRank } from '../band-tone.js';
import { formatScore } from '../format.js';
import type { ChartFile } from './assessment-charts.js';
import { chartDocument, heading, PAD } from './frame.js';
import { legend } from './legend.js';
import { INK, MUTED, TONE_FILL } from './palette.js';
import { el, text } from './svg.js';
import { fitLines, labelElement } from './text-fit.js';

/** The file-name suffix of the team report's chart of section means by group. */
export const GROUP_HEATMAP_SUFFIX = 'groups';
/** A group this many points or more from the whole team is outlined, as the difference table bolds it. */
const NOTABLE = 10;

const LABEL_WIDTH = 230;
const CELL_WIDTH = 92;
const CELL_HEIGHT = 30;
const HEAD = 34;

interface Cell {
  value: number | null;
  band?: string;
  fill?: string;
  /** 10 points or more from the whole team's mean. */
  notable: boolean;
}

/**
 * The section × group means as a heatmap: each cell holds its mean, coloured by its band (the same
 * colours and thresholds as the section bars, in the key), and outlined and bold when it is 10
 * points or more from the whole team. Every cell prints its figure, so colour is never the only
 * signal; the description names each cell's band. None without two groups to compare.
 */
export function groupHeatmapCharts(summary: TeamSummary, questionnaire: Questionnaire): ChartFile[] {
  const grouping = summary.grouping;
  if (!grouping || grouping.groups.length < 2) return [];
  const columns = ['Whole team', ...grouping.groups.map((group) => `${group.name} (${group.n})`)];
  const rows = [
    { title: 'Overall', team: summary.overall.stats.mean, groups: grouping.groups.map((group) => group.overall), rubric: questionnaire.rubric },
    ...summary.sections.map((section, i) => ({
      title: section.title,
      team: section.stats.mean,
      groups: grouping.groups.map((group) => group.sections[i]?.mean ?? null),
      rubric: sectionRubric(questionnaire.sections.find((s) => s.id === section.id) ?? {}, questionnaire),
    })),
  ];
  const cells = rows.map((row) => [cellOf(row.team, row.team, row.rubric), ...row.groups.map((value) => cellOf(value, row.team, row.rubric))]);
  const width = PAD * 2 + LABEL_WIDTH + CELL_WIDTH * columns.length;
  const described = rows.map((row, r) => `${row.title}: ${columns.map((column, c) => `${column} ${describe(cells[r]?.[c])}`).join(', ')}.`);
  const chartText = {
    title: 'Section means by group',
    subtitle: `${questionnaire.title} · compared by ${grouping.attribute}`,
    desc: `Table of mean scores (0 to 100) by section and group, each cell coloured by its band and outlined when ${NOTABLE} or more points from the whole team. ${described.join(' ')}`,
  };
  const top = heading(chartText, width);
  const gridTop = top.bottom + 12 + HEAD;
  const body: string[] = [top.svg];
  columns.forEach((column, c) => {
    const x = PAD + LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2;
    body.push(labelElement(x, gridTop - 10, column, fitLines(column, CELL_WIDTH - 6, 12, 1), 14, { 'font-size': 12, 'font-weight': 'bold', fill: INK, 'text-anchor': 'middle' }));
  });
  rows.forEach((row, r) => {
    const y = gridTop + r * CELL_HEIGHT;
    body.push(labelElement(PAD, y + CELL_HEIGHT / 2 + 4, row.title, fitLines(row.title, LABEL_WIDTH - 10, 12, 1), 14, { 'font-size': 12, fill: INK, ...(r === 0 ? { 'font-weight': 'bold' } : {}) }));
    (cells[r] ?? []).forEach((cell, c) => body.push(cellSvg(cell, PAD + LABEL_WIDTH + c * CELL_WIDTH, y)));
  });
  const bands = bandsDescending(questionnaire.rubric);
  const key = legend(
    [
      ...bands.map((band, i) => ({ label: `${band.label} ≥ ${band.min}`, color: TONE_FILL[toneForRank(i, bands.length)], swatch: 'box' as const })),
      { label: `outlined: ±${NOTABLE} or more from team`, color: INK, swatch: 'tick' as const },
    ],
    PAD,
    gridTop + rows.length * CELL_HEIGHT + 14,
    width - 2 * PAD,
  );
  body.push(key.svg);
  const height = gridTop + rows.length * CELL_HEIGHT + 14 + key.height + PAD;
  const svg = chartDocument(width, height, chartText, body);
  return [{ suffix: GROUP_HEATMAP_SUFFIX, alt: `Heatmap of section means by ${grouping.attribute}`, svg }];
}

function cellOf(value: number | null, team: number | null, rubric: Rubric): Cell {
  if (value === null) return { value, notable: false };
  const band = bandFor(value, rubric);
  const ordered = bandsDescending(rubric);
  const tone = band ? toneForRank(ordered.findIndex((b) => b.label === band.label), ordered.length) : undefined;
  const notable = team !== null && Math.abs(shownDifference(team, value)) >= NOTABLE;
  return { value, notable, ...(band ? { band: band.label } : {}), ...(tone ? { fill: TONE_FILL[tone] } : {}) };
}

function cellSvg(cell: Cell, x: number, y: number): string {
  const box = el('rect', {
    x: x + 2,
    y: y + 2,
    width: CELL_WIDTH - 4,
    height: CELL_HEIGHT - 4,
    rx: 4,
    fill: cell.fill ?? '#eef1f4',
    'fill-opacity': cell.fill ? 0.35 : 1,
    stroke: cell.notable ? INK : 'none',
    'stroke-width': cell.notable ? 2 : 0,
  });
  const label = cell.value === null ? '–' : formatScore(cell.value);
  return box + text(x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4, label, { 'font-size': 12, fill: cell.value === null ? MUTED : INK, 'text-anchor': 'middle', 'font-weight': cell.notable ? 'bold' : undefined });
}

function describe(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return 'no figure';
  return `${formatScore(cell.value)}${cell.band ? ` (${cell.band})` : ''}${cell.notable ? ', outlined' : ''}`;
}
