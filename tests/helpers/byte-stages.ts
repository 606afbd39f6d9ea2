import { endStages, throughStages, type ByteStage } from '../../src/load/byte-stage.js';

/** Chunks through fresh byte stages, what they hold back at the end included; each output copied, as a stage may reuse its memory. */
export function staged(stages: readonly ByteStage[], pieces: readonly Buffer[]): Buffer {
  return Buffer.concat([...pieces.map((piece) => Buffer.from(throughStages(stages, piece))), endStages(stages)]);
}
