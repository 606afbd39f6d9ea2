import { fstatSync, statSync, writeSync } from 'node:fs';

// Node makes process.stdout and process.stderr on first use, and for a pipe that loads node:net and
// node:stream (about 4 ms of a start on Node 24) only to write a few lines. Until a stream exists,
// text goes straight to its file descriptor; anything a direct write cannot do (a pipe closed early,
// a non-blocking descriptor that is full) is handed to the stream, which then fails or waits
// exactly as it would have from the start. Once the stream exists, everything goes through it,
// so nothing overtakes what it still holds. No state of its own: main.cjs and the command bundles
// each carry a copy of this file, and all of them read the same property of process.

type StdioName = 'stdout' | 'stderr';

/** Marks the getter whenCreated() puts on process: while it is there, the stream has not been made. */
const PENDING = Symbol.for('culture-audit.stdio-pending');

function nameOf(fd: 1 | 2): StdioName {
  return fd === 1 ? 'stdout' : 'stderr';
}

/** Whether the stream has been made (or may have been: a process whose getter we do not know). */
function made(name: StdioName): boolean {
  const get = Object.getOwnPropertyDescriptor(process, name)?.get as { [PENDING]?: true } | undefined;
  return get?.[PENDING] !== true;
}

/**
 * Calls `attach` with the stream when Node makes it, rather than making it now; at once where
 * process's property cannot be wrapped.
 */
export function whenCreated(name: StdioName, attach: (stream: NodeJS.WriteStream) => void): void {
  const own = Object.getOwnPropertyDescriptor(process, name);
  const original = own?.get;
  if (!own || !original || !own.configurable) {
    attach(process[name]);
    return;
  }
  const pending = Object.assign(
    function stdioOnFirstUse(this: NodeJS.Process): NodeJS.WriteStream {
      // Node's own getter back first: it keeps the one stream it makes.
      Object.defineProperty(process, name, own);
      const stream = original.call(this) as NodeJS.WriteStream;
      attach(stream);
      return stream;
    },
    { [PENDING]: true as const },
  );
  Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, get: pending });
}

/** Whether stdout or stderr has been made as a stream (which may still hold text to write), or may have been. */
export function anyStreamMade(): boolean {
  return made('stdout') || made('stderr');
}

/** Writes text to stdout (1) or stderr (2), as process.stdout.write would, without making the stream if it can. */
export function writeText(fd: 1 | 2, text: string): void {
  const name = nameOf(fd);
  if (made(name)) {
    process[name].write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch {
    // EPIPE, EAGAIN, ...: the stream meets the same error and handles it as it always has.
    process[name].write(bytes.subarray(written));
  }
}

/**
 * process.stdout.isTTY (1) or process.stderr.isTTY (2), without making the stream when the
 * descriptor cannot be a terminal: a terminal is always a character device, a pipe or a file never
 * is, and of the character devices /dev/null (where a parent sends output it ignores) is known by
 * its device number. Any other character device is asked of the stream, as before.
 */
export function isTerminal(fd: 1 | 2): boolean {
  const name = nameOf(fd);
  if (!made(name)) {
    try {
      const stats = fstatSync(fd);
      if (!stats.isCharacterDevice() || stats.rdev === statSync('/dev/null').rdev) return false;
    } catch {
      // No /dev/null (Windows), or a descriptor fstat cannot read: asked of the stream below.
    }
  }
  return Boolean(process[name].isTTY);
}
