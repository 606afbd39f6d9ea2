import { Transform } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;

/**
 * Turns CRLF into LF in a byte stream (safe on UTF-8: neither byte occurs inside a multi-byte
 * character). csv-parse counts a CRLF inside a quoted field as two lines, so without this the
 * line numbers in messages drift after every multi-line comment in a Windows export.
 */
export function crlfToLf(): Transform {
  let heldCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const out = Buffer.allocUnsafe(chunk.length + 1);
      let n = 0;
      if (heldCr && chunk[0] !== LF) out[n++] = CR;
      heldCr = false;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i] as number;
        if (byte === CR) {
          // A CR at the end of a chunk may be half of a CRLF split across chunks: decide on the next one.
          if (i === chunk.length - 1) {
            heldCr = true;
            continue;
          }
          if (chunk[i + 1] === LF) continue;
        }
        out[n++] = byte;
      }
      done(null, out.subarray(0, n));
    },
    flush(done) {
      done(null, heldCr ? Buffer.from([CR]) : undefined);
    },
  });
}
