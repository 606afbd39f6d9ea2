import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, sep } from 'node:path';
import { UserError } from '../util/errors.js';
import { oddFileKind } from '../util/fs-error.js';
import { cannotWrite, shownBy, type AnyFileToWrite, type WriteOptions } from './target.js';
import { osPath } from '../util/os-path.js';

/**
 * Refuses the first target that cannot be written, before anything is written: a refusal leaves
 * every file as it was. Returns, for each file, whether something is at its path now (a file that
 * `force` replaces); the rest are created, and creating one fails if its name is taken meanwhile.
 */
export function checkTargets(files: readonly AnyFileToWrite[], options: WriteOptions = {}): boolean[] {
  const shown = shownBy(options);
  return files.map(({ path }) => {
    const existing = lookAt(path, shown(path));
    if (existing === undefined) return false;
    if (!options.force) throw new UserError(`${shown(path)} already exists; use --force to replace it`);
    return true;
  });
}

/** What is at `path` now, or undefined for nothing; throws for what is never replaced, even with force. */
function lookAt(path: string, shownPath: string): Stats | undefined {
  let entry: Stats | undefined;
  try {
    entry = lstatSync(osPath(path), { throwIfNoEntry: false });
    if (entry?.isSymbolicLink()) checkLink(path, shownPath);
  } catch (error) {
    throw error instanceof UserError ? error : cannotWrite(shownPath, error);
  }
  if (entry) refuseOddKind(entry, shownPath);
  return entry;
}

/**
 * A link is replaced (the link itself, by a file) only when it leads to a file in its own folder.
 * A dangling one, or one leading elsewhere (`/proc/self/fd/1`, another user's file), is a trap or
 * a mistake: replacing it would hide where the report went, or write where it was never meant to.
 */
function checkLink(path: string, shownPath: string): void {
  const target = statSync(osPath(path), { throwIfNoEntry: false });
  if (target === undefined) throw new UserError(`cannot write ${shownPath}: it is a symbolic link to nothing (its target does not exist); remove the link or give another name`);
  refuseOddKind(target, shownPath);
  // As bytes: a name that is not UTF-8 compares exactly.
  const folder = Buffer.concat([realpathSync(osPath(dirname(path)), { encoding: 'buffer' }), Buffer.from(sep)]);
  const real = realpathSync(osPath(path), { encoding: 'buffer' });
  if (!real.subarray(0, folder.length).equals(folder)) throw new UserError(`cannot write ${shownPath}: it is a symbolic link leading outside its folder; remove the link or give another name`);
}

function refuseOddKind(stats: Stats, shownPath: string): void {
  const kind = oddFileKind(stats);
  if (kind === 'a folder') throw new UserError(`cannot write ${shownPath}: it is a folder; give a file name`);
  if (kind) throw new UserError(`cannot write ${shownPath}: it is ${kind}, not a file, and is never replaced; give a file name (-o - writes to stdout)`);
}
