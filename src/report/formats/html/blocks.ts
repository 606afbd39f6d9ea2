// The block Markdown our renderers write, read back into blocks: ATX headings, paragraphs,
// bullet and numbered lists (an item may go on over indented lines), block quotes, pipe tables
// and image lines. Every line that is none of these is paragraph text; inline Markdown stays as
// it is, for inline.ts.

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; ordered: boolean; items: string[][] }
  | { type: 'quote'; paragraphs: string[][] }
  | { type: 'table'; head: string[]; numeric: boolean[]; rows: string[][] }
  | { type: 'image'; alt: string; target: string };

const HEADING = /^(#{1,6}) (.*)$/;
const BULLET = /^- (.*)$/;
const NUMBERED = /^\d+\. (.*)$/;
const IMAGE = /^!\[(.*)\]\(([^()\s]*)\)$/;
const DELIMITER = /^\|(?: *:?-{3,}:? *\|)+$/;

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    const image = IMAGE.exec(line);
    if (line.trim() === '') i += 1;
    else if (heading) {
      blocks.push({ type: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      i += 1;
    } else if (image) {
      blocks.push({ type: 'image', alt: image[1] ?? '', target: image[2] ?? '' });
      i += 1;
    } else if (isTableStart(lines, i)) i = readTable(lines, i, blocks);
    else if (BULLET.test(line) || NUMBERED.test(line)) i = readList(lines, i, blocks);
    else if (line.startsWith('>')) i = readQuote(lines, i, blocks);
    else i = readParagraph(lines, i, blocks);
  }
  return blocks;
}

function isTableStart(lines: readonly string[], i: number): boolean {
  return isRow(lines[i]) && DELIMITER.test(lines[i + 1] ?? '');
}

function isRow(line: string | undefined): line is string {
  return line !== undefined && line.startsWith('| ') && line.endsWith(' |');
}

/** The cells of a table row: split at every `|` that is not escaped. */
export function cells(row: string): string[] {
  const inner = row.slice(1, -1);
  const out: string[] = [];
  let cell = '';
  for (let j = 0; j < inner.length; j++) {
    const c = inner[j] ?? '';
    if (c === '\\' && j + 1 < inner.length) {
      cell += c + (inner[j + 1] ?? '');
      j += 1;
    } else if (c === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

function readTable(lines: readonly string[], start: number, blocks: Block[]): number {
  const head = cells(lines[start] ?? '');
  const numeric = cells(lines[start + 1] ?? '').map((cell) => cell.endsWith(':'));
  const rows: string[][] = [];
  let i = start + 2;
  for (; isRow(lines[i]); i++) rows.push(cells(lines[i] ?? ''));
  blocks.push({ type: 'table', head, numeric, rows });
  return i;
}

function readList(lines: readonly string[], start: number, blocks: Block[]): number {
  const ordered = NUMBERED.test(lines[start] ?? '');
  const marker = ordered ? NUMBERED : BULLET;
  const items: string[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const item = marker.exec(line);
    if (item) items.push([item[1] ?? '']);
    else if (line.startsWith('  ') && line.trim() !== '') items[items.length - 1]?.push(line.trim());
    // A blank line inside an item: a paragraph break, when the item goes on indented below it.
    else if (line.trim() === '' && (lines[i + 1] ?? '').startsWith('  ') && (lines[i + 1] ?? '').trim() !== '') items[items.length - 1]?.push('');
    else break;
    i += 1;
  }
  blocks.push({ type: 'list', ordered, items });
  return i;
}

function readQuote(lines: readonly string[], start: number, blocks: Block[]): number {
  const paragraphs: string[][] = [[]];
  let i = start;
  for (; (lines[i] ?? '').startsWith('>'); i++) {
    const text = (lines[i] ?? '').replace(/^> ?/, '');
    if (text.trim() === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(text);
  }
  blocks.push({ type: 'quote', paragraphs: paragraphs.filter((p) => p.length > 0) });
  return i;
}

function readParagraph(lines: readonly string[], start: number, blocks: Block[]): number {
  const text: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || (i > start && (HEADING.test(line) || isTableStart(lines, i) || BULLET.test(line) || NUMBERED.test(line) || line.startsWith('>')))) break;
    text.push(line);
  }
  blocks.push({ type: 'paragraph', lines: text });
  return i;
}
