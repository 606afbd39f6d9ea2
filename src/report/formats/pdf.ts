import { htmlFormat } from './html.js';
import type { OutputFormat } from './output-format.js';

/**
 * The HTML page printed to PDF: the same renderers, so a PDF never says other than the page; the
 * printing itself is an edge (src/print/), done with a browser once the command has its files.
 */
export const pdfFormat: OutputFormat = {
  name: 'pdf',
  extension: '.pdf',
  chartFiles: false,
  printedAs: 'pdf',
  renderers: htmlFormat.renderers,
};
