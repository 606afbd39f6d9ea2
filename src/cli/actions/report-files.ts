import { basename, dirname, extname, join, relative } from 'node:path';
import type { ChartLink } from '../../report/chart-links.js';
import type { ChartFile } from '../../report/charts/assessment-charts.js';
import { writeFilesAtomic } from '../../write/write-files.js';
import type { Io } from '../io.js';

/**
 * Writes a Markdown report with its charts beside it as <name>-<suffix>.svg, linked relatively.
 * All or nothing: when one file is refused (exists without `force`, is a folder), none is written. Returns the paths, the report first.
 */
export function writeReportFiles(path: string, charts: readonly ChartFile[], render: (links: ChartLink[]) => string, force?: boolean): string[] {
  const beside = chartsBeside(path, charts);
  const written = [{ path, content: render(beside.links) }, ...beside.files];
  writeFilesAtomic(written, { force });
  return written.map((file) => file.path);
}

/** stdout gets just the report's path, so `open "$(culture-audit report a.yaml)"` works; the charts go to stderr. */
export function printWritten(paths: readonly string[], io: Io): void {
  const shown = paths.map((path) => relative(io.cwd, path) || path);
  if (shown[0]) io.out(shown[0]);
  if (shown.length > 1) io.err(io.style.dim(`charts: ${shown.slice(1).join(', ')}`));
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
