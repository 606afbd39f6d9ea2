import { readFileSync, statSync } from 'node:fs';
import { problemsError } from './errors.js';

/** Questionnaires and answer files are small; anything bigger is a mistake or an attack. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

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
  if (size > maxBytes) {
    throw problemsError(file, `is ${formatBytes(size)}; the limit for this kind of file is ${formatBytes(maxBytes)}`);
  }
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problemsError(file, 'is not UTF-8 text (is it a binary or a spreadsheet file?)');
  }
  if (text.trim() === '') throw problemsError(file, 'is empty');
  return text;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
