/** The first bytes of a stream, and all its bytes, those first ones included. */
export interface PeekedBytes {
  head: Buffer;
  /** Whether `head` is the whole stream. */
  ended: boolean;
  bytes: AsyncIterable<Buffer>;
}

/**
 * Reads at least `size` bytes of `input` (or all of a shorter one) so a reader can look at them
 * before choosing how to parse the rest. A read error is not thrown here: `bytes` fails with it
 * after the bytes read before it, so the reader reports it as it reports any read error.
 */
export async function peekBytes(input: AsyncIterable<Buffer | string>, size: number): Promise<PeekedBytes> {
  const chunks = input[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let length = 0;
  let ended = false;
  let error: unknown;
  try {
    while (length < size) {
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      // A copy: a file's chunks are read into the same memory (see fileChunks).
      const chunk = Buffer.from(next.value);
      read.push(chunk);
      length += chunk.length;
    }
  } catch (caught) {
    error = caught ?? new Error('read failed');
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* read;
    if (error !== undefined) throw error;
    if (ended) return;
    // for await closes the input too if the reader stops early.
    for await (const chunk of { [Symbol.asyncIterator]: () => chunks }) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
  return { head: read.length === 1 ? (read[0] as Buffer) : Buffer.concat(read), ended: ended || error !== undefined, bytes: all() };
}
