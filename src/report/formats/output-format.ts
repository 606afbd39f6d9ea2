import type { ChalkInstance } from 'chalk';
import type { ChartLink } from '../chart-links.js';
import type { DocumentKind, DocumentOf } from './documents.js';

/** What a renderer gets besides the document: links to the charts written beside it, and terminal styling. */
export interface RenderContext {
  /** One per chart of the document, in its order; empty when no chart files are written (stdout). */
  links: readonly ChartLink[];
  /** Colours for terminal output (level 0 in files and pipes). */
  style: ChalkInstance;
  columns: number;
}

/**
 * An output format: its name (`--format`), its file ending (the default path and `-o x.<ending>`
 * follow from it), whether charts go beside its files, and a renderer for every kind of report. A
 * new format is a file beside this one and a line in registry.ts; the compiler asks for every kind.
 */
export interface OutputFormat {
  name: string;
  extension: string;
  /** Charts are written beside the file as SVG and linked from it. */
  chartFiles: boolean;
  /**
   * The renderers give an HTML page that the shell prints to this format with a browser (src/print/):
   * the file is bytes, so it is never printed to stdout.
   */
  printedAs?: 'pdf';
  renderers: { [K in DocumentKind]: (document: DocumentOf<K>, context: RenderContext) => string };
}
