import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFile, lockPathFor } from '../../../src/write/file-lock.js';

/** An answer file's folder with a lock left by a run that died on this machine (a pid no process has). */
function staleLock(): { file: string; lock: string } {
  const dir = mkdtempSync(join(tmpdir(), 'culture-audit-'));
  const file = join(dir, 'a.yaml');
  const lock = lockPathFor(file);
  writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), started: '2026-11-20T10:00:00Z' }));
  return { file, lock };
}

const options = { shown: 'a.yaml', now: new Date('2026-11-20T11:00:00Z') };

describe('lockFile on a stale lock', () => {
  it('takes it over, and says whose it was', () => {
    const { file, lock } = staleLock();
    const taken = lockFile(file, options);
    expect(taken.replaced?.pid).toBe(2 ** 22 + 12345);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    taken.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('is refused while another run is taking the same stale lock over, so two runs never both hold it', () => {
    const { file, lock } = staleLock();
    mkdirSync(`${lock}.takeover`);
    expect(() => lockFile(file, options)).toThrow(/is being answered in another culture-audit run/);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: 2 ** 22 + 12345 });
  });

  it('clears a takeover left by a run killed in the middle of one', () => {
    const { file, lock } = staleLock();
    mkdirSync(`${lock}.takeover`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${lock}.takeover`, minuteAgo, minuteAgo);
    expect(lockFile(file, options).replaced).toBeDefined();
    expect(existsSync(`${lock}.takeover`)).toBe(false);
  });
});
