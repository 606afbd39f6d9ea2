import { el, escapeXml, type Attributes } from './svg.js';

// Without a font engine we estimate widths per character class, erring wide (DejaVu Sans,
// the common fallback, is one of the widest sans-serif faces), so labels never collide.
const NARROW = /[ilj.,:;'|!()[\]ftrI\s]/;
const WIDE = /[MWmw@%]/;

export function textWidth(content: string, fontSize: number): number {
  let em = 0;
  for (const ch of content) {
    if (NARROW.test(ch)) em += 0.34;
    else if (WIDE.test(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

/** Word-wraps into at most `maxLines` lines of `maxWidth`; the last line ends in "…" when text was cut. */
export function fitLines(content: string, maxWidth: number, fontSize: number, maxLines: number): { lines: string[]; cut: boolean } {
  const words = content.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      used++;
      continue;
    }
    if (current) lines.push(current);
    if (lines.length === maxLines) break;
    current = word;
    used++;
  }
  if (lines.length < maxLines && current) lines.push(current);
  // A word too long for a line, or words left over, end their line in "…".
  const leftOver = used < words.length;
  const fitted = lines.map((line, i) =>
    textWidth(line, fontSize) > maxWidth || (leftOver && i === lines.length - 1) ? ellipsize(line, maxWidth, fontSize) : line,
  );
  return { lines: fitted, cut: fitted.some((line, i) => line !== lines[i]) };
}

function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  let chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/**
 * A multi-line label: one tspan per line, `lineHeight` apart from the first baseline at y.
 * When the text was shortened, a <title> child keeps the full text for tooltips and screen readers.
 */
export function labelElement(x: number, y: number, full: string, fitted: { lines: string[]; cut: boolean }, lineHeight: number, attributes: Attributes = {}): string {
  const tooltip = fitted.cut ? `<title>${escapeXml(full)}</title>` : '';
  const spans = fitted.lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, escapeXml(line)));
  return el('text', { x, y, ...attributes }, tooltip, ...spans);
}
