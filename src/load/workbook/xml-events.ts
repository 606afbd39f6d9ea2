import { SaxesParser } from 'saxes';

/** What a part's reader hears: element names without their namespace prefix (some writers use `x:c`). */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Thrown for XML that is not well-formed, with the part's name. */
export class XmlError extends Error {
  override name = 'XmlError';
}

/**
 * A SAX parser (saxes: a strict, well-kept XML parser with no dependency of its own but xmlchars)
 * on plain names; `write` it text as it comes and `close` it at the end. Positions are off: the
 * sheet is read by cell references, not by byte offsets, and tracking them costs time.
 */
export function xmlParser(part: string, handlers: XmlHandlers): { write(text: string): void; close(): void } {
  const parser = new SaxesParser({ position: false });
  const local = (name: string) => {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
  };
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(local(tag.name)));
  if (text) parser.on('text', text);
  parser.on('error', (error) => {
    throw new XmlError(`is a damaged workbook: ${part} is not valid XML (${error.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '')})`);
  });
  return {
    write: (chunk) => void parser.write(chunk),
    close: () => void parser.close(),
  };
}

/** A whole small part, parsed at once. */
export function parseXmlText(part: string, text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(part, handlers);
  parser.write(text);
  parser.close();
}
