import type { ByteStage } from './byte-stage.js';

const CR = 0x0d;
const LF = 0x0a;
const LONE_CR = Buffer.from([CR]);
const NOTHING = Buffer.alloc(0);

/**
 * Turns CRLF into LF in a stream of bytes (safe on UTF-8: neither byte occurs inside a multi-byte
 * character), so the CSV parser (csv-records.ts) splits records on one kind of line end and counts
 * lines by it, and a multi-line comment in a Windows export reads as it does from any other.
 */
export class CrlfToLf implements ByteStage {
  private heldCr = false;
  /** Where the output is written, chunk after chunk: a new Buffer a chunk would be as many for V8 to free. */
  private out = Buffer.alloc(0);

  push(chunk: Buffer): Buffer {
    if (this.out.length < chunk.length + 1) this.out = Buffer.allocUnsafeSlow(chunk.length + 1);
    let length = 0;
    if (this.heldCr && chunk[0] !== LF) this.out[length++] = CR;
    this.heldCr = false;
    // Copies the runs between CRLFs (found natively by indexOf), not byte by byte.
    let start = 0;
    for (let cr = chunk.indexOf(CR); cr !== -1; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr === chunk.length - 1) {
        // A CR at the end of a chunk may be half of a CRLF split across chunks: decide on the next one.
        this.heldCr = true;
        length += chunk.copy(this.out, length, start, cr);
        start = chunk.length;
      } else if (chunk[cr + 1] === LF) {
        length += chunk.copy(this.out, length, start, cr);
        start = cr + 1;
      }
    }
    length += chunk.copy(this.out, length, start);
    return this.out.subarray(0, length);
  }

  end(): Buffer {
    return this.heldCr ? LONE_CR : NOTHING;
  }
}
