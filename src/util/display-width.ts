import fastStringWidth from 'fast-string-width';

// Printable ASCII takes one column a character: most text is that, and needs no measuring.
const PLAIN = /^[\x20-\x7e]*$/;

let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * Columns `text` takes in a terminal: CJK and most emoji take two, combining marks none, ANSI
 * colour codes none. Counted as the prompt library (@inquirer/core) counts, so lines we wrap are
 * lines it does not rewrap.
 */
export function displayWidth(text: string): number {
  return PLAIN.test(text) ? text.length : fastStringWidth(text);
}

/** What a reader sees as one character (a grapheme cluster), so a cut never parts an accent or an emoji's pieces. */
export function graphemes(text: string): string[] {
  if (PLAIN.test(text)) return text.split('');
  // Made on first use: most runs print only ASCII and never need one.
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** `text` and the spaces that bring it to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
