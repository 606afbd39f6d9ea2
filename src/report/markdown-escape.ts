import { sanitizeForTerminal } from '../util/terminal-text.js';

// Respondent text is data, never markup. These helpers make any string inert in GitHub
// Markdown: no table break, heading, list, link, image, HTML, autolink, math or code span.

const INLINE = /[\\`*_[\]|~$@{}]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * For table cells, headings and running text: one line, everything escaped. Text with nothing
 * visible left (only control characters) shows as "–", so no heading, item or cell is empty.
 */
export function escapeInline(text: string): string {
  const oneLine = plainText(text).replace(/\s+/g, ' ').trim();
  return oneLine === '' ? '–' : escapeLineStart(escapeCharacters(oneLine));
}

/** For multi-line text (comments): each line escaped on its own; blank lines kept as paragraph breaks. */
export function escapeLines(text: string): string[] {
  return plainText(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .map((line) => (line === '' ? '' : escapeLineStart(escapeCharacters(line))))
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim()
    .split('\n');
}

function escapeCharacters(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(INLINE, (c) => `\\${c}`)
    // Bare URLs would be autolinked (and fail markdownlint MD034): break the pattern, not the text.
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** Characters that only mean something at the start of a line: headings, lists, quotes, rules. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Line ends made "\n" first (a lone CR is a line end too), then every control sequence dropped. */
function plainText(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n?/g, '\n'));
}
