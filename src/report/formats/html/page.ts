import { parseBlocks } from './blocks.js';
import { bodyHtml, type ImageResolver } from './body.js';
import { escapeHtml } from './escape.js';
import { inlineText } from './inline.js';
import { STYLESHEET } from './stylesheet.js';

/**
 * A whole page from a report in Markdown: one self-contained file, with its styles inline, no
 * script and nothing to fetch. It is well-formed XML as well as HTML (self-closed void elements,
 * only the XML entities), so a strict parser can check it.
 */
export function htmlPage(markdown: string, image: ImageResolver): string {
  const blocks = parseBlocks(markdown);
  const first = blocks.find((block) => block.type === 'heading');
  const title = first?.type === 'heading' ? inlineText(first.text) : 'Report';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="generator" content="culture-audit"/>',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    '<main>',
    bodyHtml(blocks, image),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
