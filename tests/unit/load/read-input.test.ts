import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputText } from '../../../src/load/read-input.js';
import { tempDir } from '../../helpers/cli.js';

function file(name: string, bytes: Buffer | string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

const REPLACEMENT_CHARACTER = Buffer.from([0xef, 0xbf, 0xbd]);

describe('readInputText', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    expect(readInputText(file('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: "Zoë"\n')])))).toBe('a: "Zoë"\n');
  });

  it('accepts a real U+FFFD character, which is valid UTF-8', () => {
    const text = readInputText(file('replacement.yaml', Buffer.concat([Buffer.from('a: "'), REPLACEMENT_CHARACTER, Buffer.from('"\n')])));
    expect(text).toBe('a: "\uFFFD"\n');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated two-byte sequence', [0xc3]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
    ['Latin-1 "é"', [0xe9]],
  ])('refuses %s, even beside a real U+FFFD', (_, bytes) => {
    const path = file('bad.yaml', Buffer.concat([Buffer.from('a: "'), REPLACEMENT_CHARACTER, Buffer.from(bytes), Buffer.from('"\n')]));
    expect(() => readInputText(path)).toThrow(/is not UTF-8 text/);
  });

  it('refuses an empty file and one of only a byte-order mark and spaces', () => {
    expect(() => readInputText(file('empty.yaml', ''))).toThrow(/is empty/);
    expect(() => readInputText(file('bom-only.yaml', Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toThrow(/is empty/);
  });

  it('refuses a folder and a file over the limit, and names them', () => {
    const folder = join(tempDir(), 'answers.yaml');
    mkdirSync(folder);
    expect(() => readInputText(folder)).toThrow(/answers\.yaml: is a folder, not a file/);
    expect(() => readInputText(file('big.yaml', 'a: 1\n'.repeat(300)), 1024)).toThrow(/big\.yaml: is 2 KB; the limit for this kind of file is 1 KB/);
  });

  // A pipe has no size until it is read: `score <(curl …)` and /dev/stdin must still work, within the limit.
  it.each([
    ['reads a named pipe to its end', 'a: 1\n'.repeat(20_000), 1024 * 1024, 'a: 1\n'.repeat(20_000)],
    ['refuses a named pipe over the limit', 'a: 1\n'.repeat(300), 1024, /is 2 KB; the limit/],
  ] as const)('%s', (_, text, limit, expected) => {
    const fifo = join(tempDir(), 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    // The writer reads a file, not our stdin: the read below blocks this process until the pipe ends.
    const source = file('source.yaml', text);
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', source, fifo], { stdio: 'ignore' });
    if (typeof expected === 'string') expect(readInputText(fifo, limit)).toBe(expected);
    else expect(() => readInputText(fifo, limit)).toThrow(expected);
    writer.kill();
  });
});
