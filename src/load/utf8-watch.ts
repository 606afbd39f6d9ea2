import { isUtf8 } from 'node:buffer';
import type { ByteStage } from './byte-stage.js';

const NOTHING = Buffer.alloc(0);

/**
 * Passes bytes through unchanged and notes whether any of it is not UTF-8. Decoding puts
 * U+FFFD where bytes are not UTF-8, so a reader of the decoded text needs to look for U+FFFD only
 * once `invalid` is set; a whole export checks natively in well under a millisecond. A character
 * split between two chunks is joined before it is checked.
 */
export class Utf8Watch implements ByteStage {
  invalid = false;
  /** The start of a character whose remaining bytes are in the next chunk. */
  private tail: Buffer | undefined;

  push(chunk: Buffer): Buffer {
    if (!this.invalid) this.check(chunk);
    return chunk;
  }

  end(): Buffer {
    if (this.tail) this.invalid = true;
    return NOTHING;
  }

  private check(chunk: Buffer): void {
    const bytes = this.tail ? Buffer.concat([this.tail, chunk]) : chunk;
    const end = completeLength(bytes);
    this.tail = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
    if (!isUtf8(bytes.subarray(0, end))) this.invalid = true;
  }
}

/** How many bytes from the start hold whole characters: all but a last character cut short. */
export function completeLength(bytes: Uint8Array): number {
  // A UTF-8 character is at most 4 bytes: its lead byte is among the last 3 if it is cut short.
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i] as number;
    if (byte < 0x80) return bytes.length;
    if (byte < 0xc0) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return bytes.length - i < size ? i : bytes.length;
  }
  return bytes.length;
}
