import { chromium, type Browser } from 'playwright-core';
import { UserError } from '../util/errors.js';
import type { PaperSize } from './page-to-print.js';

const PAPER: Record<PaperSize, string> = { a4: 'A4', letter: 'Letter' };

/**
 * Prints HTML pages to PDF with one run of an installed browser: the page's own print CSS, with
 * backgrounds, on the paper asked for. Every request is refused, and a page that attempted one is
 * not printed: report pages are self-contained, so a request would be a bug that leaks a URL.
 */
export async function printPdfs(pages: readonly string[], browserPath: string, paper: PaperSize): Promise<Uint8Array[]> {
  const browser = await launch(browserPath);
  try {
    return await printWith(browser, pages, paper);
  } catch (error) {
    // A request is our page's fault (a bug, exit 70); anything else is the browser's (crashed, timed out).
    if (error instanceof UnexpectedRequest) throw error;
    throw new UserError(`${browserPath} could not print the PDF: ${firstLine(error)}; nothing was written`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

class UnexpectedRequest extends Error {}

async function printWith(browser: Browser, pages: readonly string[], paper: PaperSize): Promise<Uint8Array[]> {
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const printed: Uint8Array[] = [];
  for (const html of pages) {
    const page = await context.newPage();
    const attempted: string[] = [];
    await page.route('**/*', (route) => {
      attempted.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load' });
    if (attempted.length > 0) throw new UnexpectedRequest(`the report page asked for ${attempted[0]}; it must make no request, so it was not printed`);
    printed.push(await page.pdf({ format: PAPER[paper], printBackground: true, preferCSSPageSize: false }));
    await page.close();
  }
  return printed;
}

async function launch(browserPath: string): Promise<Browser> {
  try {
    // No sandbox flags of our own: playwright-core adds what the platform needs, and downloads nothing when given a browser.
    return await chromium.launch({ executablePath: browserPath, headless: true });
  } catch (error) {
    throw new UserError(`cannot start ${browserPath} to print the PDF: ${firstLine(error)}; nothing was written`);
  }
}

/** Playwright's messages run to a call log; a person needs the first line, without the method name. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/^[\w.]+: /, '');
}
