import { isUtf8 } from 'node:buffer';

// File names on Linux are bytes, not text. A name that is not UTF-8 (an old Latin-1 `m\xe9.yaml`)
// is carried through the program as a string in which each stray byte is a lone surrogate
// U+DC80–U+DCFF (as Python's "surrogateescape" does): paths join, sort and compare as strings, and
// the exact bytes come back where the file is opened or written (osPath). Text never holds a lone
// surrogate otherwise, so nothing else is taken for one.

const STRAY_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const STRAY_BYTES = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;
const STRAY_BYTES_SPLIT = /((?<![\uD800-\uDBFF])[\uDC80-\uDCFF])/;

/** A name the system gave as bytes, as a string that gives back the same bytes through osPath. */
export function nameFromBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let name = '';
  for (let i = 0; i < bytes.length; ) {
    const length = [1, 2, 3, 4].find((n) => i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n)));
    if (length === undefined) {
      name += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
      i += 1;
    } else {
      name += bytes.subarray(i, i + length).toString('utf8');
      i += length;
    }
  }
  return name;
}

/** The path to hand to node:fs: the string itself, or its exact bytes when it carries stray bytes. */
export function osPath(path: string): string | Buffer {
  if (!STRAY_BYTE.test(path)) return path;
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of path.matchAll(STRAY_BYTES)) {
    parts.push(Buffer.from(path.slice(from, match.index), 'utf8'), Buffer.from([match[0].charCodeAt(0) - 0xdc00]));
    from = match.index + 1;
  }
  parts.push(Buffer.from(path.slice(from), 'utf8'));
  return Buffer.concat(parts);
}

/** The path for a message: each stray byte as `\xff`, so a person sees which byte it is. */
export function shownPath(path: string): string {
  return path.replace(STRAY_BYTES, (byte) => `\\x${(byte.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`);
}

/** encodeURIComponent for a name that may carry stray bytes: each as its own `%ff`, as a browser resolves the link to the same bytes. */
export function encodeNameForUri(name: string): string {
  return name.split(STRAY_BYTES_SPLIT).map((part) => (STRAY_BYTE.test(part) ? `%${(part.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}` : encodeURIComponent(part))).join('');
}
