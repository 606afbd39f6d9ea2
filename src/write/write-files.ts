import { checkTargets } from './check-targets.js';
import { publishFiles } from './publish.js';
import { removeFolders, stageFiles } from './stage.js';
import { shownBy, type AnyFileToWrite, type WriteOptions } from './target.js';

export type { AnyFileToWrite, FileToWrite, WriteOptions } from './target.js';

/**
 * The one way output files are written: check every target, stage every file under a temporary
 * name in its folder, then publish them all (see publishFiles). A refusal or a failure at any step
 * (a full disk, a name another command took meanwhile) leaves every target as it was, and no
 * temporary file or folder made by this run behind.
 */
export function writeFilesAtomic(files: readonly AnyFileToWrite[], options: WriteOptions = {}): void {
  const shown = shownBy(options);
  const replaces = checkTargets(files, options);
  const folders: string[] = [];
  const staged = stageFiles(files.map((file, i) => ({ ...file, replaces: replaces[i] ?? false })), shown, folders);
  try {
    publishFiles(staged, shown, options.force);
  } catch (error) {
    removeFolders(folders);
    throw error;
  }
}

/** writeFilesAtomic for one file: an answer file saved after every answer, a template. */
export function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): void {
  writeFilesAtomic([{ path, content }], options);
}
