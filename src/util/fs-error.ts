import type { Stats } from 'node:fs';

/** A file system error in the words of someone who named the file: reading and writing both report with it. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENAMETOOLONG') return 'the name is too long for the file system';
  if (code === 'ELOOP') return 'its symbolic links go round in a loop';
  const message = error instanceof Error ? error.message : String(error);
  // Node's own message names the path again (`EIO: i/o error, open '…'`): the caller names it once.
  return code === undefined ? message : (/^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1] ?? code);
}

/**
 * What a file system entry is, for one that is neither a regular file nor a symbolic link: the
 * kinds no command reads or replaces (a FIFO would block a reader forever; a device or /proc link
 * would turn a report into writes to a terminal or a disk).
 */
export function oddFileKind(stats: Stats): string | undefined {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return undefined;
}
