import fc from 'fast-check';
import { hostileKey, hostileValue } from './hostile-values.js';

// Mutations only a CSV has: a cell replaced, a column added, rows or columns multiplied. The
// text and byte mutations of mutations.ts apply to CSV as well.

const at = fc.integer({ min: 0, max: 9_999 }).map((n) => n / 10_000);
const cellText = fc.oneof(
  hostileValue.filter((value) => typeof value === 'string').map(String),
  fc.constantFrom('=HYPERLINK("https://evil.example","x")', '@SUM(A1)', '+1', '-1', '"', '""', '","', '\n', ';', ';;', 'n/a', 'Agree; Agree', '1e400', '  '),
);

export const csvMutation = fc.oneof(
  fc.record({ op: fc.constant('cell' as const), row: at, column: at, text: cellText, quote: fc.boolean() }),
  fc.record({ op: fc.constant('column' as const), header: hostileKey, text: cellText }),
  // A number of data rows, not a multiplier, so two of these cannot compound.
  fc.record({ op: fc.constant('rows' as const), count: fc.constantFrom(1, 40, 150) }),
  fc.record({ op: fc.constant('columns' as const), count: fc.constantFrom(10, 1_001) }),
);

export type CsvMutation = typeof csvMutation extends fc.Arbitrary<infer T> ? T : never;

/** Cells are split on commas outside quotes, well enough to aim a mutation at one. */
export function mutateCsv(text: string, mutation: CsvMutation): string {
  const lines = text.split(/\r?\n/);
  switch (mutation.op) {
    case 'cell': {
      const row = Math.floor(mutation.row * lines.length);
      const cells = (lines[row] ?? '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      cells[Math.floor(mutation.column * cells.length)] = mutation.quote ? `"${mutation.text.replace(/"/g, '""')}"` : mutation.text;
      lines[row] = cells.join(',');
      return lines.join('\r\n');
    }
    case 'column':
      return lines.map((line, i) => `${line},${i === 0 ? quote(mutation.header) : quote(mutation.text)}`).join('\r\n');
    case 'rows': {
      const data = lines.slice(1).filter((line) => line !== '');
      const rows = data.length === 0 ? [] : Array.from({ length: mutation.count }, (_, i) => data[i % data.length] as string);
      return [lines[0] ?? '', ...rows].join('\r\n');
    }
    case 'columns': {
      // Added to the header only: ragged rows are allowed, and the rows stay small.
      const extra = Array.from({ length: mutation.count }, (_, c) => `extra-${c}`).join(',');
      return lines.map((line, i) => (i === 0 ? `${line},${extra}` : line)).join('\r\n');
    }
  }
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
