import type { Block } from './blocks.js';
import { escapeHtml } from './escape.js';
import { inlineHtml } from './inline.js';

/** Turns an image block into markup: the chart it stands for, inline; undefined for any other image. */
export type ImageResolver = (target: string) => string | undefined;

/**
 * Blocks as the page's body: each heading opens a <section> that holds what follows it up to the
 * next heading of its level or above, so print rules can keep a heading with its content; a
 * table is labelled by the heading it stands under.
 */
export function bodyHtml(blocks: readonly Block[], image: ImageResolver): string {
  const out: string[] = [];
  const open: number[] = [];
  let heading = '';
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'heading') {
      while (open.length > 0 && (open[open.length - 1] ?? 0) >= block.level) {
        open.pop();
        out.push('</section>');
      }
      heading = `h-${++count}`;
      if (block.level > 1) {
        out.push(`<section aria-labelledby="${heading}">`);
        open.push(block.level);
      }
      out.push(`<h${block.level} id="${heading}">${inlineHtml(block.text)}</h${block.level}>`);
    } else out.push(blockHtml(block, heading, image));
  }
  while (open.pop() !== undefined) out.push('</section>');
  return out.join('\n');
}

function blockHtml(block: Exclude<Block, { type: 'heading' }>, heading: string, image: ImageResolver): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${block.lines.map(inlineHtml).join('\n')}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((lines) => `<li>${linesHtml(lines)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'quote':
      return `<blockquote>\n${block.paragraphs.map((lines) => `<p>${lines.map(inlineHtml).join('<br/>\n')}</p>`).join('\n')}\n</blockquote>`;
    case 'table':
      return tableHtml(block, heading);
    case 'image':
      return image(block.target) ?? `<p class="missing-chart">${escapeHtml(`[${block.alt}]`)}</p>`;
  }
}

/** A list item's lines: a blank one parts paragraphs, the others are line breaks (as the respondent wrote them). */
function linesHtml(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '<br/>' : inlineHtml(line))).join('<br/>\n');
}

function tableHtml(table: Extract<Block, { type: 'table' }>, heading: string): string {
  const labelled = heading === '' ? '' : ` aria-labelledby="${heading}"`;
  const head = table.head.map((cell, i) => `<th scope="col"${cellClass(cell, table.numeric[i] ?? false)}>${inlineHtml(cell)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const [first = '', ...rest] = row;
    const others = rest.map((cell, i) => `<td${cellClass(cell, table.numeric[i + 1] ?? false)}>${inlineHtml(cell)}</td>`).join('');
    return `<tr><th scope="row">${inlineHtml(first)}</th>${others}</tr>`;
  });
  return `<div class="table-wrap">\n<table${labelled}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`;
}

/** Right-aligned numbers; a change tinted by its direction (the arrow and sign say it too). */
function cellClass(cell: string, numeric: boolean): string {
  const classes = [numeric ? 'num' : '', cell.endsWith('▲') ? 'up' : cell.endsWith('▼') ? 'down' : ''].filter(Boolean);
  return classes.length === 0 ? '' : ` class="${classes.join(' ')}"`;
}
