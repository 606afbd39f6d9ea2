import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../src/load/delimiter-sniff.js';
import { peekBytes } from '../../../src/load/peek-bytes.js';
import { headText, sniffEncoding, toUtf8 } from '../../../src/load/text-encoding.js';
import { staged } from '../../helpers/byte-stages.js';

describe('sniffDelimiter', () => {
  it('picks the separator that splits the header line into the most cells', () => {
    expect(sniffDelimiter('id,q1,q2\n1;2;3;4;5\n')).toBe(',');
    expect(sniffDelimiter('\uFEFFid;q1;"Pricing, returns";q2\r\n1,2,3,4,5,6\n')).toBe(';');
    expect(sniffDelimiter('id\tq1, q2\tq3\n')).toBe('\t');
  });

  it('counts only outside quotes, and only on the header line', () => {
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(',');
    expect(sniffDelimiter('"a,b\nc,d";e;f\n')).toBe(';');
    expect(sniffDelimiter('a;b,c\r\nx;y;z;w\n')).toBe(',');
  });

  it('falls back to "," when nothing splits the header', () => {
    expect(sniffDelimiter('')).toBe(',');
    expect(sniffDelimiter('"a;b"\n1;2\n')).toBe(',');
    expect(sniffDelimiter('only one header')).toBe(',');
  });
});

describe('sniffEncoding', () => {
  it('knows UTF-16 by its BOM and UTF-8 by its bytes', () => {
    expect(sniffEncoding(Buffer.from('\uFEFFid', 'utf16le'), true)).toBe('utf-16le');
    expect(sniffEncoding(Buffer.from('\uFEFFid', 'utf16le').swap16(), true)).toBe('utf-16be');
    expect(sniffEncoding(Buffer.from('\uFEFFid,caf\u00e9'), true)).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('id,caf\u00e9', 'latin1'), true)).toBe('windows-1252');
    expect(sniffEncoding(Buffer.alloc(0), true)).toBe('utf-8');
  });

  it('waits for the rest of a character cut at the end of the first bytes, unless they are the whole file', () => {
    const cut = Buffer.from('id,caf\u00e9').subarray(0, -1);
    expect(sniffEncoding(cut, false)).toBe('utf-8');
    expect(sniffEncoding(cut, true)).toBe('windows-1252');
  });

  it('decodes Windows-1252 bytes 0x80–0x9F as their characters, not as controls', () => {
    expect(headText(Buffer.from([0x80, 0x93, 0x94, 0xfc]), 'windows-1252')).toBe('\u20ac\u201c\u201d\u00fc');
  });
});

describe('toUtf8', () => {
  function through(encoding: 'utf-16le' | 'utf-16be' | 'windows-1252', pieces: Buffer[]): string {
    return staged([toUtf8(encoding)], pieces).toString();
  }

  it('gives the same text however UTF-16 is cut into chunks, a BOM dropped', async () => {
    const unit = fc.constantFrom('a', '\u00e9', '\u20ac', '😀', '\r\n', '"', '\t');
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), async (units, cuts, bigEndian) => {
        const text = units.join('');
        const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
        const bytes = bigEndian ? Buffer.from(le).swap16() : le;
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i])).filter((piece) => piece.length > 0);
        expect(through(bigEndian ? 'utf-16be' : 'utf-16le', pieces)).toBe(text);
      }),
    );
  });

  it('reads Windows-1252 byte by byte', async () => {
    expect(through('windows-1252', [Buffer.from('K\xe4i M\xfcller \x80', 'latin1')])).toBe('K\u00e4i M\u00fcller \u20ac');
  });
});

describe('peekBytes', () => {
  async function all(stream: AsyncIterable<Buffer>): Promise<string> {
    const out: Buffer[] = [];
    for await (const chunk of stream) out.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(out).toString();
  }

  it('gives at least the bytes asked for, then the whole stream from its start', async () => {
    const peeked = await peekBytes(Readable.from([Buffer.from('abc'), Buffer.from('def'), Buffer.from('ghi')]), 4);
    expect([peeked.head.toString(), peeked.ended]).toEqual(['abcdef', false]);
    expect(await all(peeked.bytes)).toBe('abcdefghi');
  });

  it('says when the head is the whole stream', async () => {
    const peeked = await peekBytes(Readable.from(['ab', 'c']), 64);
    expect([peeked.head.toString(), peeked.ended]).toEqual(['abc', true]);
    expect(await all(peeked.bytes)).toBe('abc');
  });

  it('fails the bytes with a read error, after the bytes read before it', async () => {
    async function* failing() {
      yield Buffer.from('ab');
      throw Object.assign(new Error('gone'), { code: 'EIO' });
    }
    const peeked = await peekBytes(Readable.from(failing()), 64);
    expect(peeked.head.toString()).toBe('ab');
    await expect(all(peeked.bytes)).rejects.toThrow('gone');
  });
});
