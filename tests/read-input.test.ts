import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputText } from '../src/util/read-input.js';
import { tempDir } from './helpers/cli.js';

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
});
