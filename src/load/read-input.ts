import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type PathLike, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidInputError, problemsError } from '../util/errors.js';
import { describeFsError, oddFileKind } from '../util/fs-error.js';
import { osPath, shownPath } from '../util/os-path.js';
import { MAX_INPUT_BYTES } from '../util/limits.js';
import { thousands } from '../util/thousands.js';

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
    // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever, before fstat
    // could say what it is. It changes nothing for a regular file, the only kind read.
    fd = openSync(osPath(cwd === undefined ? file : resolve(cwd, file)), constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    refuseOddFile(file, stat);
    if (stat.size > maxBytes) throw tooBig(file, stat.size, maxBytes);
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
    if (error instanceof InvalidInputError) throw error;
    throw problemsError(shownPath(file), describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Only regular files are read (symbolic links followed): a folder, a named pipe, a device or a
 * socket is refused at once, as a pipe or a terminal would block the command, or never end.
 */
function refuseOddFile(file: string, stat: Stats): void {
  const kind = oddFileKind(stat);
  if (kind) throw problemsError(shownPath(file), `is ${kind}, not a file`);
}

/**
 * Why a file given as input cannot be read, for readers that stream it (form exports, NDJSON) and
 * so open it later: one stat, which follows links and never blocks; undefined when it is a
 * regular file, or is missing (the reader says so in its own words).
 */
export function inputFileProblem(file: string, cwd?: string): string | undefined {
  let stat: Stats | undefined;
  try {
    stat = statSync(osPath(cwd === undefined ? file : resolve(cwd, file)), { throwIfNoEntry: false });
  } catch (error) {
    return describeFsError(error);
  }
  const kind = stat && oddFileKind(stat);
  return kind && `is ${kind}, not a file`;
}

/** The checks on content, apart from the file system so they can be tested (and fuzzed) in memory. */
export function decodeInputText(file: string, bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) throw tooBig(file, bytes.length, maxBytes);
  // One native check of the bytes (as CSV exports get, see Utf8Watch), then one native decode; a
  // team reads thousands of files. A real U+FFFD is valid UTF-8 and passes.
  if (!isUtf8(bytes)) throw problemsError(shownPath(file), 'is not UTF-8 text (is it a binary or a spreadsheet file?)');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') throw problemsError(shownPath(file), 'is empty');
  return withoutBom;
}

function tooBig(file: string, size: number, maxBytes: number) {
  let [shown, limit] = [formatBytes(size), formatBytes(maxBytes)];
  // Rounded, a file just over the limit reads as the limit itself ("1.0 MB; the limit … is 1.0 MB").
  if (shown === limit) [shown, limit] = [`${thousands(size)} bytes`, `${thousands(maxBytes)} bytes`];
  return problemsError(shownPath(file), `is ${shown}; the limit for this kind of file is ${limit}`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Bytes read at a time from a file that is streamed: a file stream's own chunk size. */
const CHUNK_BYTES = 64 * 1024;

/** Chunks between two turns of the event loop (see fileChunks). */
const CHUNKS_PER_TURN = 16;

/**
 * A regular file's bytes in chunks, read synchronously: a file stream reads in Node's thread pool
 * and waits a turn of the event loop for every chunk, which over a 60 MB export was about a tenth
 * of `team`'s time spent waiting. Only for regular files (see inputFileProblem): a pipe's read
 * could block. Every CHUNKS_PER_TURN chunks it lets the event loop turn, so timers and signal
 * handlers still run during a long read. The file is closed when the reader finishes or stops.
 *
 * Every chunk is read into the same memory, so a chunk holds its bytes only until the next is asked
 * for: a reader that keeps bytes copies them. A fresh Buffer a chunk left V8 to free each one, and
 * those that outlived a scavenge waited for a full collection: over a million rows the process
 * grew by 20 MB of them.
 */
export async function* fileChunks(path: PathLike): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    for (let count = 1; ; count++) {
      if (count % CHUNKS_PER_TURN === 0) await new Promise(setImmediate);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) return;
      yield read === CHUNK_BYTES ? chunk : chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
