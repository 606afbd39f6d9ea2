import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with a conforming XML parser (saxes): any well-formedness error throws. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    for (const element of stack) element.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (error) throw error;
  const [document] = root.children;
  if (!document) throw new Error('no root element');
  return document;
}

/** Every element below `root` (inclusive) that matches. */
export function findAll(root: XmlElement, match: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (match(element)) found.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return found;
}

export const byClass = (name: string) => (element: XmlElement) => (element.attributes.class ?? '').split(' ').includes(name);

export function numberAttribute(element: XmlElement | undefined, name: string): number {
  const value = Number(element?.attributes[name]);
  if (!Number.isFinite(value)) throw new Error(`<${element?.name}> has no numeric ${name}`);
  return value;
}
