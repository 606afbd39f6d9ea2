import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { problemsError } from '../util/errors.js';
import { describeFsError } from '../util/fs-error.js';
import { MAX_INPUT_BYTES } from '../util/limits.js';

export { MAX_INPUT_BYTES };

/**
 * Reads a UTF-8 text input, turning every way it can fail into one sentence about the file.
 * `file` is named as the user gave it; a relative one is read from `cwd` (where the command runs).
 */
export function readInputText(file: string, maxBytes = MAX_INPUT_BYTES, cwd?: string): string {
  return decodeInputText(file, readBounded(file, maxBytes, cwd), maxBytes);
}

/**
 * The file's bytes, its size checked first on the same open file, so a huge file is never loaded
 * into memory. One open, no separate stat: this runs for every answer file of a team.
 */
function readBounded(file: string, maxBytes: number, cwd: string | undefined): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(cwd === undefined ? file : resolve(cwd, file), 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw problemsError(file, 'is a folder, not a file');
    if (stat.size > maxBytes) throw tooBig(file, stat.size, maxBytes);
    if (!stat.isFile()) return readUntilEnd(file, fd, maxBytes);
    // A file that grows while it is read is read up to the size it had: the limit holds.
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidInputError') throw error;
    throw problemsError(file, describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A pipe or device (`<(…)`, /dev/stdin) has no size beforehand: read it in chunks, up to the limit. */
function readUntilEnd(file: string, fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, length);
    chunks.push(chunk.subarray(0, read));
    length += read;
    if (length > maxBytes) throw tooBig(file, length, maxBytes);
  }
}

/** The checks on content, apart from the file system so they can be tested (and fuzzed) in memory. */
export function decodeInputText(file: string, bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) throw tooBig(file, bytes.length, maxBytes);
  // One native check of the bytes (as CSV exports get, see Utf8Watch), then one native decode; a
  // team reads thousands of files. A real U+FFFD is valid UTF-8 and passes.
  if (!isUtf8(bytes)) throw problemsError(file, 'is not UTF-8 text (is it a binary or a spreadsheet file?)');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') throw problemsError(file, 'is empty');
  return withoutBom;
}

function tooBig(file: string, size: number, maxBytes: number) {
  return problemsError(file, `is ${formatBytes(size)}; the limit for this kind of file is ${formatBytes(maxBytes)}`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
