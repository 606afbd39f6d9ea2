import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeNameForUri, nameFromBytes, osPath, shownPath } from '../../../src/util/os-path.js';

// File names are bytes: a folder's names are read as bytes and carried as strings (a stray byte as
// a lone surrogate), and the exact bytes come back where the file is opened. input-files.test.ts
// and tests/cli/odd-files-cli.test.ts drive this through real folders and the CLI.

const asBytes = (path: string | Buffer) => (typeof path === 'string' ? Buffer.from(path, 'utf8') : path);

describe('names as bytes', () => {
  it('any name comes back as the same bytes, and a UTF-8 one stays the plain string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (array) => {
        const bytes = Buffer.from(array);
        const name = nameFromBytes(bytes);
        expect(asBytes(osPath(name)).equals(bytes)).toBe(true);
        if (Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)) expect(osPath(name)).toBe(bytes.toString('utf8'));
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('shows a stray byte escaped, and links to it percent-encoded, leaving real text as it is', () => {
    const name = nameFromBytes(Buffer.from([0x6d, 0xff, 0xc3, 0xa9, 0x20, 0xf0, 0x9f, 0x98, 0x80, 0x2e, 0x6d, 0x64]));
    expect(shownPath(name)).toBe('m\\xffé 😀.md');
    expect(encodeNameForUri(name)).toBe('m%FF%C3%A9%20%F0%9F%98%80.md');
  });
});
