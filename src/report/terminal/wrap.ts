import { displayWidth, graphemes } from '../../util/display-width.js';

/** Plain text (no ANSI) broken into lines of at most `width` columns at spaces; long words are cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const piece of chunks(word, width)) {
        const pieceWidth = displayWidth(piece);
        if (line && used + 1 + pieceWidth > width) {
          lines.push(line);
          line = piece;
          used = pieceWidth;
        } else {
          used = line ? used + 1 + pieceWidth : pieceWidth;
          line = line ? `${line} ${piece}` : piece;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word in pieces of at most `width` columns, cut between characters (a wider one goes alone). */
function chunks(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const character of graphemes(word)) {
    const characterWidth = displayWidth(character);
    if (piece && used + characterWidth > width) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += character;
    used += characterWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Cuts plain text to `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const room = Math.max(0, width - 1);
  let kept = '';
  let used = 0;
  for (const character of graphemes(text)) {
    used += displayWidth(character);
    if (used > room) break;
    kept += character;
  }
  return `${kept}…`;
}
