import type { Block } from './blocks.js';
import { escapeHtml } from './escape.js';
import { inlineHtml } from './inline.js';

/** Turns an image block into markup: the chart it stands for, inline; undefined for any other image. */
export type ImageResolver = (target: string) => string | undefined;

/** A heading and what stands under it up to the next heading of its level or above. */
type Content = Exclude<Block, { type: 'heading' }>;

interface Part {
  type: 'part';
  level: number;
  text: string;
  id: string;
  content: (Content | Part)[];
}

/**
 * About how many lines a part takes on paper: parts this short are kept whole in print (moved to
 * the next page rather than split); longer ones would leave too much of a page empty. Longer
 * tables break between rows, with their header repeated.
 */
const KEEP_WHOLE = 25;
const KEEP_TABLE_ROWS = 15;

/**
 * Blocks as the page's body: each heading opens a <section> holding what stands under it, so print
 * rules can keep a short section on one page and a heading with what follows; a table is labelled
 * by the heading it stands under. The first heading (the title) holds the whole page.
 */
export function bodyHtml(blocks: readonly Block[], image: ImageResolver): string {
  const root: Part = { type: 'part', level: 0, text: '', id: '', content: [] };
  const open: Part[] = [root];
  let count = 0;
  for (const block of blocks) {
    if (block.type !== 'heading') {
      open[open.length - 1]?.content.push(block);
      continue;
    }
    // A level is never skipped (h2 straight to h4), whatever the Markdown does: screen readers list headings by level.
    const level = Math.min(block.level, (open[open.length - 1]?.level ?? 0) + 1);
    while (open.length > 1 && (open[open.length - 1]?.level ?? 0) >= level) open.pop();
    const part: Part = { type: 'part', level, text: block.text, id: `h-${++count}`, content: [] };
    open[open.length - 1]?.content.push(part);
    open.push(part);
  }
  return root.content.map((item) => itemHtml(item, root, image)).join('\n');
}

function itemHtml(item: Content | Part, parent: Part, image: ImageResolver): string {
  if (item.type !== 'part') return blockHtml(item, parent.id, image);
  const heading = `<h${item.level} id="${item.id}">${inlineHtml(item.text)}</h${item.level}>`;
  if (item.level === 1) return [heading, ...item.content.map((child) => itemHtml(child, item, image))].join('\n');
  // The heading and the sentences that introduce what follows, kept together and with it in print.
  const lead = item.content.findIndex((child) => child.type !== 'paragraph');
  const intro = lead === -1 ? item.content.length : lead;
  const content = [
    `<div class="lead">\n${[heading, ...item.content.slice(0, intro).map((child) => itemHtml(child, item, image))].join('\n')}\n</div>`,
    ...item.content.slice(intro).map((child) => itemHtml(child, item, image)),
  ];
  // A section with subsections may break between them; each of those is kept whole if short.
  const keep = size(item) <= KEEP_WHOLE && item.content.every((child) => child.type !== 'part') ? ' class="keep"' : '';
  return [`<section aria-labelledby="${item.id}"${keep}>`, ...content, '</section>'].join('\n');
}

function size(item: Content | Part): number {
  if (item.type === 'part') return 2 + item.content.reduce((sum, child) => sum + size(child), 0);
  switch (item.type) {
    case 'table':
      return 2 + item.rows.length;
    case 'list':
      return item.items.length;
    case 'quote':
      return item.paragraphs.length + 1;
    case 'image':
      return KEEP_WHOLE;
    default:
      return 2;
  }
}

function blockHtml(block: Content, heading: string, image: ImageResolver): string {
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

/** A list item's lines, each on its own line as the respondent wrote them; a blank one stays an empty line. */
function linesHtml(lines: readonly string[]): string {
  return lines.map(inlineHtml).join('<br/>\n');
}

function tableHtml(table: Extract<Block, { type: 'table' }>, heading: string): string {
  const labelled = heading === '' ? '' : ` aria-labelledby="${heading}"`;
  const head = table.head.map((cell, i) => `<th scope="col"${cellClass(cell, table.numeric[i] ?? false)}>${inlineHtml(cell)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const [first = '', ...rest] = row;
    const others = rest.map((cell, i) => `<td${cellClass(cell, table.numeric[i + 1] ?? false)}>${inlineHtml(cell)}</td>`).join('');
    return `<tr><th scope="row">${inlineHtml(first)}</th>${others}</tr>`;
  });
  const whole = table.rows.length <= KEEP_TABLE_ROWS ? ' class="keep"' : '';
  return `<div class="table-wrap">\n<table${labelled}${whole}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`;
}

/** Right-aligned numbers; a change tinted by its direction (the arrow and sign say it too). */
function cellClass(cell: string, numeric: boolean): string {
  const classes = [numeric ? 'num' : '', cell.endsWith('▲') ? 'up' : cell.endsWith('▼') ? 'down' : ''].filter(Boolean);
  return classes.length === 0 ? '' : ` class="${classes.join(' ')}"`;
}
