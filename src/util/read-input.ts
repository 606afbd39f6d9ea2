import { readFileSync, statSync } from 'node:fs';
import { problemsError } from './errors.js';
import { MAX_INPUT_BYTES } from './limits.js';

export { MAX_INPUT_BYTES };

/** Reads a UTF-8 text input, turning every way it can fail into one sentence about the file. */
export function readInputText(file: string, maxBytes = MAX_INPUT_BYTES): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw problemsError(file, 'is a folder, not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidInputError') throw error;
    throw problemsError(file, describeFsError(error));
  }
  // Checked before reading so a huge file is never loaded into memory.
  if (size > maxBytes) throw tooBig(file, size, maxBytes);
  // Node's own UTF-8 read is one native call; a team reads thousands of files.
  const text = readOrExplain(file, () => readFileSync(file, 'utf8'));
  // That read puts U+FFFD where the bytes are not UTF-8: only then are the bytes checked exactly
  // (the file may also hold a real U+FFFD, which is fine).
  if (text.includes('\uFFFD')) return decodeInputText(file, readOrExplain(file, () => readFileSync(file)), maxBytes);
  return checkedText(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A read whose failure becomes one sentence about the file. */
function readOrExplain<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw problemsError(file, describeFsError(error));
  }
}

/** The checks on content, apart from the file system so they can be tested (and fuzzed) in memory. */
export function decodeInputText(file: string, bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) throw tooBig(file, bytes.length, maxBytes);
  let text: string;
  try {
    // Without ignoreBOM, the decoder drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problemsError(file, 'is not UTF-8 text (is it a binary or a spreadsheet file?)');
  }
  return checkedText(file, text);
}

function checkedText(file: string, text: string): string {
  if (text.trim() === '') throw problemsError(file, 'is empty');
  return text;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  return error instanceof Error ? error.message : String(error);
}

function tooBig(file: string, size: number, maxBytes: number) {
  return problemsError(file, `is ${formatBytes(size)}; the limit for this kind of file is ${formatBytes(maxBytes)}`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
