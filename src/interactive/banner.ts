import { wrapText } from '../report/terminal/wrap.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';

/** Where a run saves, said once before the first question: a resumed run also says how far it got. */
export interface SavingBanner {
  /** The answer file as the user would type it. */
  file: string;
  resumed?: { seen: number; count: number };
}

/**
 * The line (or lines) before the first question, within the terminal: a long answer-file path
 * goes on a line of its own rather than past the edge. Pure.
 */
export function savingBanner(banner: SavingBanner, columns: number): string[] {
  const file = clean(banner.file);
  const text = banner.resumed
    ? `Continuing ${file} (${banner.resumed.seen} of ${banner.resumed.count} done); saved after every answer.`
    : `Saving to ${file} after every answer.`;
  return wrapText(text, Math.max(20, columns - 1));
}
