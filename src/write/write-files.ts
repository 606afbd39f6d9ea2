import { checkTargets } from './check-targets.js';
import { publishFiles, stageFiles } from './stage.js';
import { shownBy, type FileToWrite, type WriteOptions } from './target.js';

export type { FileToWrite, WriteOptions } from './target.js';

/**
 * The one way output files are written: check every target, stage every file under a temporary
 * name in its folder, then publish them all by renaming. A refusal or a failure while staging
 * leaves every target as it was and no temporary file behind.
 */
export function writeFilesAtomic(files: readonly FileToWrite[], options: WriteOptions = {}): void {
  const shown = shownBy(options);
  checkTargets(files, options);
  publishFiles(stageFiles(files, shown), shown);
}

/** writeFilesAtomic for one file: an answer file saved after every answer, a template. */
export function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): void {
  writeFilesAtomic([{ path, content }], options);
}
