import { displayWidth } from '../../util/display-width.js';

/** Pads plain-text columns; cells may carry ANSI colour, which does not count toward width. */
export function textTable(rows: string[][], gap = 2): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell) + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
