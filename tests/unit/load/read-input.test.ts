import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('shows enough precision that a file just over the limit does not read as the limit itself', () => {
    expect(() => readInputText(file('over.yaml', 'a'.repeat(1024 * 1024 + 1)))).toThrow(/over\.yaml: is 1,048,577 bytes; the limit for this kind of file is 1,048,576 bytes$/);
  });

  // Only regular files are read: a pipe or a terminal would block the command or never end. A
  // named pipe with no writer is refused at once, not waited on (tests/cli/odd-files-cli.test.ts
  // runs that as a user would, with a time limit).
  it('refuses a named pipe with no writer at once, and a character device', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(() => readInputText(join(dir, 'pipe.yaml'))).toThrow(/pipe\.yaml: is a named pipe, not a file$/);
    symlinkSync('/dev/null', join(dir, 'null.yaml'));
    expect(() => readInputText(join(dir, 'null.yaml'))).toThrow(/null\.yaml: is a character device, not a file$/);
  });

  it('opens a name that is not UTF-8 by its exact bytes, and shows the stray byte escaped', () => {
    const dir = tempDir();
    writeFileSync(Buffer.from(`${dir}/m\xff.yaml`, 'latin1'), 'a: 1\n');
    expect(readInputText(join(dir, 'm\udcff.yaml'))).toBe('a: 1\n');
    expect(() => readInputText(join(dir, 'n\udcff.yaml'))).toThrow(/n\\xff\.yaml: no such file$/);
  });
});
