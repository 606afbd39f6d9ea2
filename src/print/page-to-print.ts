import type { FileToWrite } from '../write/target.js';

/**
 * A file whose content is an HTML page still to be printed to PDF: what a pure command returns for
 * --format pdf. The shell prints it (print-pages.ts) before writing; a page left unprinted is a bug.
 */
export interface PageToPrint extends FileToWrite {
  content: string;
  printAs: 'pdf';
}

export function pageToPrint(file: FileToWrite, printAs: 'pdf'): PageToPrint {
  if (typeof file.content !== 'string') throw new Error(`a page to print must be HTML text: ${file.path}`);
  return { path: file.path, content: file.content, printAs };
}

export function isPageToPrint(file: FileToWrite): file is PageToPrint {
  return 'printAs' in file;
}

/** The paper sizes --paper takes. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** How pages are printed: --browser (else $CULTURE_AUDIT_BROWSER, else PATH) and --paper. */
export interface PrintOptions {
  browser?: string;
  paper?: PaperSize;
}
