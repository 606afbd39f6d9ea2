import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';
import { describeFsError } from './read-input.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  force?: boolean;
}

/**
 * Writes to a temporary file in the same folder, flushes it and renames it over the target,
 * so a reader (or a crash) sees the old file or the new one, never half of one. A crash can
 * leave the temporary file behind: it is hidden and named `.<name>.tmp-<pid>-<random>`, which
 * no command reads as input and .gitignore ignores.
 */
export function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): void {
  let existing;
  try {
    existing = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw cannotWrite(path, error);
  }
  if (existing?.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder; give a file name`);
  if (existing && !options.force) throw new UserError(`${path} already exists; use --force to replace it`);
  const temporary = temporaryPath(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temporary, 'w', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(path, error);
  }
}

function cannotWrite(path: string, error: unknown): UserError {
  return new UserError(`cannot write ${path}: ${describeFsError(error)}`);
}

/** `.<name>.tmp-<pid>-<8 hex>` beside the target: same folder, so the rename never crosses devices. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Recognises what temporaryPath makes, so readers of a folder can skip a crash's leftovers. */
export const TEMPORARY_FILE = /^\..+\.tmp-\d+-[0-9a-f]{8}$/;
