import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { cannotWrite, type FileToWrite } from './target.js';
import { temporaryPath } from './temporary-path.js';

/** A file written whole under a temporary name in its target's folder, not yet in its place. */
export interface StagedFile {
  path: string;
  temporary: string;
}

/**
 * Writes every file to its temporary name and flushes it. If one fails, the ones staged so far are
 * removed: nothing is left behind, and no target has been touched.
 */
export function stageFiles(files: readonly FileToWrite[], shown: (path: string) => string): StagedFile[] {
  const staged: StagedFile[] = [];
  for (const file of files) {
    try {
      staged.push(stageFile(file));
    } catch (error) {
      discard(staged);
      throw cannotWrite(shown(file.path), error);
    }
  }
  return staged;
}

/**
 * Renames each staged file over its target: a reader (or a crash) sees the old file or the new one,
 * never half of one. If a rename fails, the files not yet published are removed.
 */
export function publishFiles(staged: readonly StagedFile[], shown: (path: string) => string): void {
  for (const [i, file] of staged.entries()) {
    try {
      renameSync(file.temporary, file.path);
    } catch (error) {
      discard(staged.slice(i));
      throw cannotWrite(shown(file.path), error);
    }
  }
}

/** Writes and flushes one file under a fresh temporary name; on failure removes it again. */
function stageFile(file: FileToWrite): StagedFile {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = temporaryPath(file.path);
  // 'wx': a temporary name is this process's alone; never write into, or remove, a file someone else made.
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    try {
      writeSync(fd, file.content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { path: file.path, temporary };
}

function discard(staged: readonly StagedFile[]): void {
  for (const file of staged) rmSync(file.temporary, { force: true });
}
