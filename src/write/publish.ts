import { closeSync, linkSync, lstatSync, openSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { discard, type FileId, type StagedFile } from './stage.js';
import { cannotWrite } from './target.js';
import { temporaryPath } from './temporary-path.js';
import { osPath } from '../util/os-path.js';

/** What link() says on a file system without hard links. */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'];

/** A file now in its place, and how to take it back. */
interface Published {
  file: StagedFile;
  /** The replaced file, kept under a hidden name until the run ends; none for a created file. */
  backup?: string;
  replaced: boolean;
}

/**
 * Puts every staged file in its place, all or nothing. New files go first, each created by
 * link(): the check that the name is free and the creation are one step, so two commands writing
 * the same name at once cannot both succeed, and neither replaces the other's file. Replaced files
 * (only with force) go last, by rename, each old file kept as a hard link until the end (no copy,
 * so it works on a full disk too). If any step fails, the files created are removed (only while
 * the name still leads to our file) and the old files are put back: the folder is as it was.
 */
export function publishFiles(staged: readonly StagedFile[], shown: (path: string) => string, force = false): void {
  const order = [...staged.filter((file) => !file.replaces), ...staged.filter((file) => file.replaces)];
  const done: Published[] = [];
  for (const [i, file] of order.entries()) {
    try {
      done.push(publishFile(file, { force, keepOld: i < order.length - 1, shown }));
    } catch (error) {
      undo(done);
      discard(order.slice(i));
      throw error instanceof UserError ? error : cannotWrite(shown(file.path), error, 'nothing was written');
    }
  }
  for (const { backup } of done) if (backup) rmSync(osPath(backup), { force: true });
}

/** `keepOld`: a later file may still fail, so a replaced file must be restorable. */
function publishFile(file: StagedFile, { force, keepOld, shown }: { force: boolean; keepOld: boolean; shown: (path: string) => string }): Published {
  if (!file.replaces) {
    try {
      createExclusively(file);
      return { file, replaced: false };
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      if (!force) throw new UserError(`${shown(file.path)} already exists (another command wrote it just now); use --force to replace it; nothing was written`);
    }
  }
  const backup = keepOld ? linkOld(file.path) : undefined;
  try {
    renameSync(osPath(file.temporary), osPath(file.path));
  } catch (error) {
    if (backup) rmSync(osPath(backup), { force: true });
    throw error;
  }
  return backup === undefined ? { file, replaced: true } : { file, backup, replaced: true };
}

/** Gives the staged file its name only if the name is free; the temporary name is dropped after. */
function createExclusively(file: StagedFile): void {
  try {
    linkSync(osPath(file.temporary), osPath(file.path));
  } catch (error) {
    // A file system without hard links (FAT, some network shares): claim the name with an
    // exclusive create, then rename over the empty file we just made.
    if (!isCode(error, ...NO_HARD_LINKS)) throw error;
    closeSync(openSync(osPath(file.path), 'wx', 0o644));
    renameSync(osPath(file.temporary), osPath(file.path));
    return;
  }
  // The file is in its place now; the temporary name is only a second name for it.
  rmSync(osPath(file.temporary), { force: true });
}

/**
 * A hard link to the file at `path` under a hidden name, to put back if the run fails; none if
 * nothing is there any more, or the file system has no hard links (then a failure among the
 * replaced files, which go last, can leave the ones before it replaced: the best it can do).
 */
function linkOld(path: string): string | undefined {
  const backup = temporaryPath(path);
  try {
    linkSync(osPath(path), osPath(backup));
    return backup;
  } catch (error) {
    if (isCode(error, 'ENOENT', ...NO_HARD_LINKS)) return undefined;
    throw error;
  }
}

/** Takes back what this run published, the last first. */
function undo(done: readonly Published[]): void {
  for (const { file, backup, replaced } of [...done].reverse()) {
    try {
      if (backup) renameSync(osPath(backup), osPath(file.path));
      else if (!replaced && isOurs(file.path, file.id)) unlinkSync(osPath(file.path));
    } catch {
      // Undo what can be undone; the error that stopped the run is the one to report.
    }
  }
}

/** Whether `path` still leads to the file we created: another command may have replaced it since (with --force). */
function isOurs(path: string, id: FileId): boolean {
  const now = lstatSync(osPath(path), { throwIfNoEntry: false });
  return now !== undefined && now.dev === id.dev && now.ino === id.ino;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}
