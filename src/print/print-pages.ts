import { checkTargets } from '../write/check-targets.js';
import type { AnyFileToWrite, FileToWrite, WriteOptions } from '../write/target.js';
import { findBrowser } from './find-browser.js';
import { isPageToPrint, type PrintOptions } from './page-to-print.js';

/**
 * The files with every page to print replaced by its PDF. Loaded only when a command has one, so
 * no other run loads the browser driver. The targets are checked first: a report that may not be
 * written (it exists, no --force) is refused before a browser starts.
 */
export async function printPages(files: readonly FileToWrite[], options: PrintOptions & { cwd: string; env: NodeJS.ProcessEnv }, write: WriteOptions): Promise<AnyFileToWrite[]> {
  const pages = files.filter(isPageToPrint);
  if (pages.length === 0) return [...files];
  checkTargets(files, write);
  const browser = findBrowser(options.browser, options.env, options.cwd);
  const { printPdfs } = await import('./print-pdf.js');
  const printed = await printPdfs(pages.map((page) => page.content), browser, options.paper ?? 'a4');
  return files.map((file) => {
    const index = pages.indexOf(file as (typeof pages)[number]);
    return index < 0 ? file : { path: file.path, content: printed[index]! };
  });
}
