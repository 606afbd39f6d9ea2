import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';
import { describeFsError } from './fs-error.js';

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

/**
 * Writes several files that belong together (a report and its charts): without `force`, refuses
 * before writing any of them if one exists, so a refusal leaves nothing half-written.
 */
export function writeFilesAtomic(files: readonly { path: string; content: string }[], options: WriteOptions = {}): void {
  const existing = options.force ? undefined : files.find((file) => existsSync(file.path));
  if (existing) throw new UserError(`${existing.path} already exists; use --force to replace it`);
  for (const file of files) writeFileAtomic(file.path, file.content, { force: true });
}

/**
 * `path` if nothing is there, else the first free `name-2.ext`, `name-3.ext`, ...: for files that
 * must never replace another. `companions` names the files that go with a candidate (a report's
 * charts), which must be free too.
 */
export function unusedPath(path: string, companions: (candidate: string) => string[] = () => []): string {
  const free = (candidate: string) => [candidate, ...companions(candidate)].every((file) => !existsSync(file));
  if (free(path)) return path;
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (free(candidate)) return candidate;
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
