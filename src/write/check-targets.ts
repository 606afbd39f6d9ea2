import { statSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { cannotWrite, shownBy, type FileToWrite, type WriteOptions } from './target.js';

/**
 * Refuses the first target that is a folder, cannot be looked at, or exists without `force`, before
 * anything is written: a refusal leaves every file as it was.
 */
export function checkTargets(files: readonly FileToWrite[], options: WriteOptions = {}): void {
  const shown = shownBy(options);
  for (const { path } of files) {
    let existing;
    try {
      existing = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      throw cannotWrite(shown(path), error);
    }
    if (existing?.isDirectory()) throw new UserError(`cannot write ${shown(path)}: it is a folder; give a file name`);
    if (existing && !options.force) throw new UserError(`${shown(path)} already exists; use --force to replace it`);
  }
}
