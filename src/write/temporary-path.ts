import { basename, dirname, join } from 'node:path';

/**
 * `.<name>.tmp-<pid>-<8 hex>` beside the target: same folder, so the rename never crosses devices.
 * A crash can leave one behind: it is hidden, no command reads it as input and .gitignore ignores it.
 */
export function temporaryPath(path: string): string {
  // The name is cut short: a target name near the system's limit (255 bytes) must not fail for
  // its temporary name's sake. 64 UTF-16 units are at most 192 bytes; the random part keeps it unique.
  return join(dirname(path), `.${basename(path).slice(0, 64)}.tmp-${process.pid}-${randomHex8()}`);
}

/**
 * Eight random hex digits. Math.random, not node:crypto: loading node:crypto cost every command that
 * writes a file about 5 ms (Node 24), and the name needs only to differ from a crash's leftover under
 * a reused pid; it need not be unguessable, since every temporary file is created exclusively ('wx'),
 * which never follows a link nor writes into a file someone else made.
 */
function randomHex8(): string {
  return Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

/** Recognises what temporaryPath makes, so readers of a folder can skip a crash's leftovers. */
export const TEMPORARY_FILE = /^\..+\.tmp-\d+-[0-9a-f]{8}$/;
