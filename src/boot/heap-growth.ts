import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * Where a long read stops V8's heap growing: once the young generation reaches this size. A short
 * run never gets there and is left as V8 sizes it.
 */
const YOUNG_GENERATION_LIMIT = 8 * 1024 * 1024;

/**
 * How far the old generation may grow past what is live before V8 collects it: 30%, where V8's own
 * factor let promoted garbage pile up to three times the live heap before a full collection.
 */
const OLD_GENERATION_GROWTH_PERCENT = 30;

/** V8's own values of the flags set here, on Node 20, 22 and 24 (`node --v8-options`). */
const V8_DEFAULTS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** Calls between two looks at the heap: a look allocates, and batches come thousands a second. */
const CALLS_PER_LOOK = 64;

let calls = 0;
let held = false;

/**
 * Keeps the heap of a long streaming read near what it holds, so peak memory stays flat however
 * many rows an export has. V8 sizes its heap for programs whose live data grows: it grows the young
 * generation each time as much has survived its scavenges since it last grew as the generation
 * holds, and lets the old generation fill with what scavenges promoted until it is several times
 * the live heap. A stream keeps little for long but promotes a little at every scavenge, so over a
 * million rows Node 24 grew the young generation to 64 MB a half and the process to 216 MB (119 MB
 * at 100,000 rows), and Node 22 carried 25 MB of promoted garbage. Called once per batch of
 * responses; cheap until it acts, and a no-op after.
 *
 * These two V8 flags are read each time V8 resizes the heap, so unlike the heap's maximum sizes
 * (fixed when the process starts) they take effect when set from inside; CI runs the subprocess
 * tests on Node 20, 22 and 24. The read must end with releaseHeapGrowth.
 */
export function holdHeapGrowth(youngLimit = YOUNG_GENERATION_LIMIT): void {
  if (held || ++calls % CALLS_PER_LOOK !== 1) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (!young || young.space_size < youngLimit) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
  held = true;
}

/**
 * Gives V8 its own heap sizing back. V8 accepts a code cache only if it was made under the same
 * flags, so until then every bundle loaded, and every code cache written as the command exits
 * (src/boot/bundle-loader.ts), would be refused by the next run.
 */
export function releaseHeapGrowth(): void {
  calls = 0;
  if (!held) return;
  for (const flag of V8_DEFAULTS) setFlagsFromString(flag);
  held = false;
}

/** The items of a long stream, read with the heap's growth held once it is long (see holdHeapGrowth). */
export async function* withHeapGrowthHeld<T>(items: AsyncIterable<T>, youngLimit = YOUNG_GENERATION_LIMIT): AsyncGenerator<T> {
  try {
    for await (const item of items) {
      holdHeapGrowth(youngLimit);
      yield item;
    }
  } finally {
    releaseHeapGrowth();
  }
}
