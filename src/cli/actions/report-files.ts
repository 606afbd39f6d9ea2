import { basename, dirname, extname, join } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ChartLink } from '../../report/chart-links.js';
import type { ChartFile } from '../../report/charts/assessment-charts.js';
import type { FileToWrite } from '../../write/target.js';
import { stderr, stdout, type Printed } from '../command-result.js';
import { shownFrom } from './output-path.js';

/** A report at `path` with its charts beside it as <name>-<suffix>.svg, linked relatively: the report first. */
export function reportFiles(path: string, charts: readonly ChartFile[], render: (links: ChartLink[]) => string): FileToWrite[] {
  const beside = chartsBeside(path, charts);
  return [{ path, content: render(beside.links) }, ...beside.files];
}

/** stdout gets just the report's path, so `open "$(culture-audit report a.yaml)"` works; the charts go to stderr. */
export function writtenLines(paths: readonly string[], cwd: string, style: ChalkInstance): Printed[] {
  const shown = paths.map((path) => shownFrom(cwd, path));
  return [...(shown[0] ? [stdout(shown[0])] : []), ...(shown.length > 1 ? [stderr(style.dim(`charts: ${shown.slice(1).join(', ')}`))] : [])];
}

/** Where a report's charts go (<name>-<suffix>.svg in its folder) and the relative links to them. */
export function chartsBeside(reportPath: string, charts: readonly ChartFile[]): { links: ChartLink[]; files: { path: string; content: string }[] } {
  const stem = basename(reportPath, extname(reportPath));
  const named = charts.map((chart) => ({ name: `${stem}-${chart.suffix}.svg`, chart }));
  return {
    links: named.map(({ name, chart }) => ({ file: name, alt: chart.alt })),
    files: named.map(({ name, chart }) => ({ path: join(dirname(reportPath), name), content: chart.svg })),
  };
}
