import { isUtf8 } from 'node:buffer';
import type { ByteStage } from './byte-stage.js';
import { completeLength } from './utf8-watch.js';

/** The encodings a form export is read in: what Excel's "CSV UTF-8", "Unicode Text" and plain "CSV" save. */
export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * An export's encoding from its first bytes: UTF-16 by its BOM; else UTF-8 if those bytes are
 * UTF-8 (a UTF-8 BOM included), else Windows-1252, which is what Excel's plain "CSV" writes on a
 * Western-European Windows. `ended` says the bytes are the whole file, so a character cut short at
 * their end is not UTF-8; otherwise its remaining bytes are still to come.
 */
export function sniffEncoding(head: Uint8Array, ended: boolean): ExportEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return isUtf8(head.subarray(0, ended ? head.length : completeLength(head))) ? 'utf-8' : 'windows-1252';
}

/** The text of the first bytes of an export, for sniffing: a character cut short at the end comes out as U+FFFD. */
export function headText(head: Uint8Array, encoding: ExportEncoding): string {
  return encoding === 'windows-1252' ? windows1252(head) : new TextDecoder(encoding).decode(head);
}

/**
 * What Windows-1252 puts at 0x80–0x9F (Latin-1 has control characters there; the five bytes it
 * leaves undefined keep them). Node 20's TextDecoder reads "windows-1252" as Latin-1 when it
 * decodes in one go, so € and curly quotes would come out as controls.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009f]/g;

/** Windows-1252 bytes as text: one character per byte, so a chunk boundary never cuts one. */
function windows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.replace(C1, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] as string);
}

/**
 * Re-encodes bytes in `encoding` as UTF-8, so the stages after it (CRLF → LF, the CSV parser)
 * read every export alike. Streaming: a UTF-16 character split between chunks is held until its
 * end comes, and a BOM is dropped.
 */
export function toUtf8(encoding: Exclude<ExportEncoding, 'utf-8'>): ByteStage {
  if (encoding === 'windows-1252') return { push: (chunk) => Buffer.from(windows1252(chunk)), end: () => Buffer.alloc(0) };
  const decoder = new TextDecoder(encoding);
  return { push: (chunk) => Buffer.from(decoder.decode(chunk, { stream: true })), end: () => Buffer.from(decoder.decode()) };
}
