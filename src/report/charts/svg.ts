// Hand-written SVG: no dependency to load at start-up, and byte-for-byte deterministic output
// (fixed number format, fixed ids, no dates), so charts can be committed and diffed.

/** Characters XML 1.0 forbids even when escaped; user text could carry them. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value made inert in XML. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Coordinates to at most two decimals, without trailing zeros or "-0". */
export function num(value: number): string {
  const fixed = (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

export type Attributes = Record<string, string | number | undefined>;

/** One element; numbers go through `num`, strings are escaped, undefined attributes are left out. */
export function el(tag: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

/** A text element whose content is user data. */
export function text(x: number, y: number, content: string, attributes: Attributes = {}): string {
  return el('text', { x, y, ...attributes }, escapeXml(content));
}

/** The points attribute of a polyline or polygon. */
export function points(xy: readonly (readonly [number, number])[]): string {
  return xy.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}
