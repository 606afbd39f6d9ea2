import { UserError } from '../util/errors.js';
import { describeFsError } from '../util/fs-error.js';
import { shownPath } from '../util/os-path.js';

/** One output file: where it goes and its whole content; text is written as UTF-8. */
export interface FileToWrite<Content extends string | Uint8Array = string> {
  path: string;
  content: Content;
}

/** A file of text or of bytes (a printed PDF): what the writer takes. */
export type AnyFileToWrite = FileToWrite<string | Uint8Array>;

export interface WriteOptions {
  /** Replace existing files; without it an existing file is an error and nothing is written. */
  force?: boolean;
  /** How messages name a file (a command may show paths relative to where it runs); by default as given. */
  shown?: (path: string) => string;
}

/** How messages name a file under these options; a byte that is not UTF-8 shows as `\xff`. */
export function shownBy(options: WriteOptions): (path: string) => string {
  const shown = options.shown ?? ((path: string) => path);
  return (path) => shownPath(shown(path));
}

/** `cannot write <file>: <why>`, and what became of the run (`nothing was written`) once writing had begun. */
export function cannotWrite(shownPath: string, error: unknown, outcome?: string): UserError {
  if (error instanceof UserError) return error;
  const written = new UserError(`cannot write ${shownPath}: ${describeFsError(error)}${outcome ? `; ${outcome}` : ''}`);
  // The system's error stays with it, for a caller that words the next step by its cause (run's full disk).
  written.cause = error;
  return written;
}
