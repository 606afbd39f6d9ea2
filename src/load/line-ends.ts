import { Transform } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;
const LONE_CR = Buffer.from([CR]);

/**
 * Turns CRLF into LF in a byte stream (safe on UTF-8: neither byte occurs inside a multi-byte
 * character), so the CSV parser (csv-records.ts) splits records on one kind of line end and counts
 * lines by it, and a multi-line comment in a Windows export reads as it does from any other.
 */
export function crlfToLf(): Transform {
  let heldCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // Copies the runs between CRLFs (found natively by indexOf), not byte by byte.
      const runs: Buffer[] = [];
      if (heldCr && chunk[0] !== LF) runs.push(LONE_CR);
      heldCr = false;
      let start = 0;
      for (let cr = chunk.indexOf(CR); cr !== -1; cr = chunk.indexOf(CR, cr + 1)) {
        if (cr === chunk.length - 1) {
          // A CR at the end of a chunk may be half of a CRLF split across chunks: decide on the next one.
          heldCr = true;
          runs.push(chunk.subarray(start, cr));
          start = chunk.length;
        } else if (chunk[cr + 1] === LF) {
          runs.push(chunk.subarray(start, cr));
          start = cr + 1;
        }
      }
      runs.push(chunk.subarray(start));
      done(null, runs.length === 1 ? runs[0] : Buffer.concat(runs));
    },
    flush(done) {
      done(null, heldCr ? LONE_CR : undefined);
    },
  });
}
