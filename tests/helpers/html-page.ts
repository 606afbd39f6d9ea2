import { findAll, parseXml, type XmlElement } from './svg.js';

// What every HTML report must be, checked on its text: well-formed (saxes, strictly), in English
// with a title, headings in order, tables with header cells and a heading, charts with a name and a
// description, no markup but the renderer's own, and nothing that would load from anywhere.

/** The elements an HTML report uses outside its charts; anything else came from user text. */
const OWN_ELEMENTS = new Set(
  'html head meta title style body main section h1 h2 h3 h4 p ul ol li strong em code blockquote br div table thead tbody tr th td figure svg'.split(' '),
);
const LOADING_ATTRIBUTES = /^(?:src|srcset|href|xlink:href|action|formaction|poster|data|background|ping)$/i;

/** Every reference that would make a browser fetch something, found in the raw text. */
export function externalReferences(html: string): string[] {
  return [
    ...html.matchAll(/\b(?:src|href|srcset|action|poster)\s*=\s*["']?\s*(?:https?:)?\/\/[^\s"'>]*/gi),
    ...html.matchAll(/@import\b/gi),
    ...html.matchAll(/url\s*\(/gi),
  ].map(([match]) => match);
}

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(html);
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`];
  }
  if (!html.startsWith('<!DOCTYPE html>\n')) problems.push('no <!DOCTYPE html> first');
  if (root.name !== 'html' || root.attributes.lang !== 'en') problems.push('no <html lang="en">');
  const title = findAll(root, (e) => e.name === 'title' && e !== undefined)[0];
  if (!title || title.text.trim() === '') problems.push('no <title>');
  const ids = new Set(findAll(root, (e) => e.attributes.id !== undefined).map((e) => e.attributes.id));
  problems.push(...headingProblems(root), ...tableProblems(root, ids), ...chartProblems(root, ids));
  const outside = (element: XmlElement): XmlElement[] => (element.name === 'svg' ? [] : [element, ...element.children.flatMap(outside)]);
  for (const element of outside(root)) {
    if (!OWN_ELEMENTS.has(element.name)) problems.push(`unexpected <${element.name}>`);
  }
  for (const element of findAll(root, () => true)) {
    for (const name of Object.keys(element.attributes)) if (LOADING_ATTRIBUTES.test(name) || /^on/i.test(name)) problems.push(`attribute ${name} on <${element.name}>`);
  }
  const style = findAll(root, (e) => e.name === 'style').map((e) => e.text).join('\n');
  if (/@import|url\s*\(/i.test(style)) problems.push('the stylesheet loads something');
  if (!/@media print/.test(style) || !/@page/.test(style)) problems.push('no print stylesheet');
  return [...new Set(problems)];
}

function headingProblems(root: XmlElement): string[] {
  const levels = findAll(root, (e) => /^h[1-6]$/.test(e.name)).map((e) => Number(e.name.slice(1)));
  const problems: string[] = [];
  if (levels[0] !== 1 || levels.filter((level) => level === 1).length !== 1) problems.push(`headings must start with one h1: ${levels.join(',')}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > (levels[i - 1] ?? 0) + 1) problems.push(`h${levels[i - 1]} is followed by h${level}`);
  });
  return problems;
}

function tableProblems(root: XmlElement, ids: Set<string | undefined>): string[] {
  const problems: string[] = [];
  for (const table of findAll(root, (e) => e.name === 'table')) {
    const labelled = table.attributes['aria-labelledby'];
    const caption = table.children.some((c) => c.name === 'caption');
    if (!caption && !(labelled && ids.has(labelled))) problems.push('a table without caption or heading');
    const head = findAll(table, (e) => e.name === 'thead')[0];
    const headCells = head ? findAll(head, (e) => e.name === 'th' || e.name === 'td') : [];
    if (headCells.length === 0 || headCells.some((c) => c.name !== 'th' || c.attributes.scope !== 'col')) problems.push('a table without column header cells');
    for (const row of findAll(table, (e) => e.name === 'tr' && !(head?.children.includes(e) ?? false))) {
      if (row.children[0]?.name !== 'th' || row.children[0].attributes.scope !== 'row') problems.push('a table row without a row header');
    }
  }
  return problems;
}

function chartProblems(root: XmlElement, ids: Set<string | undefined>): string[] {
  const problems: string[] = [];
  for (const svg of findAll(root, (e) => e.name === 'svg')) {
    const title = svg.children.find((c) => c.name === 'title');
    const desc = svg.children.find((c) => c.name === 'desc');
    if (svg.attributes.role !== 'img') problems.push('a chart without role="img"');
    if (!title || title.text.trim() === '' || !desc || desc.text.trim() === '') problems.push('a chart without a title and a description');
    const names = (svg.attributes['aria-labelledby'] ?? '').split(' ').filter(Boolean);
    if (names.length === 0 || names.some((id) => !ids.has(id))) problems.push('a chart whose aria-labelledby names no element');
  }
  const all = findAll(root, (e) => e.attributes.id !== undefined).map((e) => e.attributes.id);
  if (new Set(all).size !== all.length) problems.push('ids repeat');
  return problems;
}
