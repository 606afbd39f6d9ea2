import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { holdHeapGrowth, releaseHeapGrowth, withHeapGrowthHeld } from '../../../src/boot/heap-growth.js';
import { tempDir } from '../../helpers/cli.js';

const SOURCE = '(function heapGrowthProbe() { return 1; })';

/** A code cache of SOURCE made now, in this process. */
function cacheMadeNow(): Buffer {
  return new Script(SOURCE).createCachedData();
}

/** Whether a later run of Node, started with no flags, accepts each cache, as the CLI's next run would its bundles' caches. */
function acceptedByNextRun(caches: Buffer[]): boolean[] {
  const dir = tempDir();
  const files = caches.map((cache, i) => {
    const file = join(dir, `${i}.cache`);
    writeFileSync(file, cache);
    return file;
  });
  const check = `const { Script } = require('node:vm'); const { readFileSync } = require('node:fs');
    console.log(JSON.stringify(process.argv.slice(1).map((f) => !new Script(${JSON.stringify(SOURCE)}, { cachedData: readFileSync(f) }).cachedDataRejected)));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', check, ...files], { encoding: 'utf8' })) as boolean[];
}

describe('holding the heap growth of a long read', () => {
  it('gives V8 its flags back: a cache made while held is refused by the next run, one made after release is not', () => {
    let held: Buffer;
    try {
      holdHeapGrowth(0);
      held = cacheMadeNow();
    } finally {
      releaseHeapGrowth();
    }
    expect(acceptedByNextRun([held, cacheMadeNow()])).toEqual([false, true]);
  });

  it('holds only once the young generation has reached the limit', () => {
    let made: Buffer;
    try {
      holdHeapGrowth(Number.MAX_SAFE_INTEGER);
      made = cacheMadeNow();
    } finally {
      releaseHeapGrowth();
    }
    expect(acceptedByNextRun([made])).toEqual([true]);
  });

  it('releases when a read ends early, as when a reader stops at a bad header', async () => {
    async function* batches() {
      yield 1;
      yield 2;
    }
    let during: Buffer | undefined;
    for await (const batch of withHeapGrowthHeld(batches(), 0)) {
      during = cacheMadeNow();
      if (batch === 1) break;
    }
    expect(acceptedByNextRun([during as Buffer, cacheMadeNow()])).toEqual([false, true]);
  });
});
