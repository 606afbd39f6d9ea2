/**
 * One step a form export's bytes go through before they are decoded (re-encoding to UTF-8, CRLF to
 * LF, the UTF-8 check): chunk in, chunk out, with whatever it holds back (half a character, a CR
 * that may be half a CRLF) given out by `end`. Plain functions over chunks, not Node streams: a
 * 60 MB export is a thousand chunks, and a stream per step cost each of them event-loop turns.
 * A stage may write its output into the same memory each time, so what `push` gives holds its bytes
 * only until the next push: a reader that keeps bytes copies them.
 */
export interface ByteStage {
  push(chunk: Buffer): Buffer;
  end(): Buffer;
}

const NOTHING = Buffer.alloc(0);

/** A chunk through every stage in turn, from stage `from` on. */
export function throughStages(stages: readonly ByteStage[], chunk: Buffer, from = 0): Buffer {
  let out = chunk;
  for (let i = from; i < stages.length; i++) out = (stages[i] as ByteStage).push(out);
  return out;
}

/** What every stage holds back at the end of the bytes, each stage's through the stages after it. */
export function endStages(stages: readonly ByteStage[]): Buffer {
  const held = stages.map((stage, i) => Buffer.from(throughStages(stages, stage.end(), i + 1)));
  const length = held.reduce((sum, part) => sum + part.length, 0);
  return length === 0 ? NOTHING : Buffer.concat(held, length);
}
