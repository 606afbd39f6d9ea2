import type { ChartFile } from '../../charts/assessment-charts.js';

/** The link a Markdown renderer is given for chart `index`, so the page can put the chart itself there. */
export function chartPlaceholder(index: number): string {
  return `inline-chart-${index}.svg`;
}

const PLACEHOLDER = /^inline-chart-(\d+)\.svg$/;

/**
 * The chart a placeholder link stands for, as a <figure> holding its SVG. Each chart names itself
 * by ids of its own (title and description for aria-labelledby); on one page they must differ.
 */
export function inlineChart(charts: readonly ChartFile[], target: string): string | undefined {
  const index = PLACEHOLDER.exec(target)?.[1];
  const chart = index === undefined ? undefined : charts[Number(index)];
  if (!chart) return undefined;
  // Only the attributes: quotes in user text are escaped, so no chart label can match these.
  const svg = chart.svg
    .trim()
    .replace(/ id="chart-(title|desc)"/g, ` id="chart-${index}-$1"`)
    .replace(' aria-labelledby="chart-title chart-desc"', ` aria-labelledby="chart-${index}-title chart-${index}-desc"`);
  return `<figure class="chart">\n${svg}\n</figure>`;
}
