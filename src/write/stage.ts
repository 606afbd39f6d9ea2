import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { cannotWrite, type AnyFileToWrite } from './target.js';
import { temporaryPath } from './temporary-path.js';
import { osPath } from '../util/os-path.js';

/** A file to stage, and whether it replaces one (the check found something at its path). */
export interface FileToStage extends AnyFileToWrite {
  replaces: boolean;
}

/** A file written whole under a temporary name in its target's folder, not yet in its place. */
export interface StagedFile extends FileToStage {
  temporary: string;
  /** Which file it is (the temporary name and, once published, the target name both lead to it). */
  id: FileId;
}

export interface FileId {
  dev: number;
  ino: number;
}

/**
 * Writes every file to its temporary name and flushes it, creating missing folders on the way.
 * If one fails, the ones staged so far and the folders made are removed: nothing is left behind,
 * and no target has been touched. `folders` collects the folders made, for a later undo.
 */
export function stageFiles(files: readonly FileToStage[], shown: (path: string) => string, folders: string[] = []): StagedFile[] {
  const staged: StagedFile[] = [];
  for (const file of files) {
    try {
      staged.push(stageFile(file, folders));
    } catch (error) {
      discard(staged);
      removeFolders(folders);
      throw cannotWrite(shown(file.path), error, 'nothing was written');
    }
  }
  return staged;
}

/** Writes and flushes one file under a fresh temporary name; on failure removes it again. */
function stageFile(file: FileToStage, folders: string[]): StagedFile {
  const made = makeFolder(dirname(file.path));
  if (made !== undefined) folders.push(...foldersMade(made, dirname(file.path)));
  const temporary = temporaryPath(file.path);
  // 'wx': a temporary name is this process's alone; never write into, or remove, a file someone else made.
  const fd = openSync(osPath(temporary), 'wx', 0o644);
  try {
    try {
      writeWhole(fd, Buffer.from(file.content));
      fsyncSync(fd);
      const { dev, ino } = fstatSync(fd);
      return { ...file, temporary, id: { dev, ino } };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(osPath(temporary), { force: true });
    throw error;
  }
}

/** mkdir -p; it says EEXIST when a part of the path is a file, which is ENOTDIR in a person's words. */
function makeFolder(folder: string): string | undefined {
  try {
    return mkdirSync(osPath(folder), { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    throw error;
  }
}

/**
 * write() may write less than asked when the disk fills up, without an error: writing on until the
 * whole content is in turns that into ENOSPC, rather than a short file published as whole.
 */
function writeWhole(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * `first` (the outermost folder mkdir made) and every folder below it down to `last`, deepest first.
 * Counted by depth: mkdir gives `first` back decoded as UTF-8, which may differ from our string
 * for a name that is not UTF-8, but never in its number of separators.
 */
function foldersMade(first: string, last: string): string[] {
  const depth = (path: string) => path.split(sep).length;
  const made: string[] = [];
  for (let folder = last; depth(folder) >= depth(first) && folder !== dirname(folder); folder = dirname(folder)) made.push(folder);
  return made;
}

/** Removes the temporary files of `staged`. */
export function discard(staged: readonly { temporary: string }[]): void {
  for (const file of staged) rmSync(osPath(file.temporary), { force: true });
}

/** Removes the folders this run made, deepest first; one another process has put a file in stays. */
export function removeFolders(folders: readonly string[]): void {
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(osPath(folder));
    } catch {
      // Not empty (someone else writes there too) or gone: either way not ours to remove.
    }
  }
}
