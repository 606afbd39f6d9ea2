import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError } from '../util/errors.js';
import { describeFsError } from '../util/fs-error.js';
import { temporaryPath } from './temporary-path.js';

// One writer per answer file. Each `run` rewrites the whole file from its own memory, so two runs on
// one file erase each other's answers. A run holds `<file>.lock` while it writes; the lock names
// its holder so a refusal can say who, and so a lock left by a killed run can be recognised.

/** Who holds a lock: the lock file's content, as JSON. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO date-time the holder took the lock. */
  started: string;
}

export interface FileLock {
  readonly path: string;
  /** A stale lock this one replaced (its run died on this machine), to say so. */
  readonly replaced?: LockHolder;
  /** Removes the lock if it is still this process's; safe to call more than once, and from an exit hook. */
  release(): void;
}

export interface LockOptions {
  /** How messages name the locked file. */
  shown: string;
  now: Date;
}

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the lock on `file`, or says who holds it. A lock left by a process that no longer runs on
 * this machine is taken over; one from another machine never is, since its pid means nothing here.
 */
export function lockFile(file: string, options: LockOptions): FileLock {
  const path = lockPathFor(file);
  const mine: LockHolder = { pid: process.pid, host: hostname(), started: options.now.toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  mkdirSync(dirname(path), { recursive: true });
  if (createExclusive(path, text, options.shown)) return heldLock(path, text);
  const seen = readLock(path);
  if (seen === undefined) return lockFile(file, options); // released in between: try again
  const holder = parseHolder(seen);
  if (!holder || !isStale(holder)) throw new UserError(heldMessage(holder, options));
  // Two runs may find one stale lock at once: only the one that makes the takeover folder (mkdir is
  // atomic) removes and replaces it, and only if it is still the lock it judged; the other is refused.
  const replaced = takeOver(path, () => {
    if (readLock(path) !== seen) return false;
    rmSync(path, { force: true });
    return createExclusive(path, text, options.shown);
  });
  if (!replaced) throw new UserError(heldMessage(parseHolder(readLock(path) ?? ''), options));
  return { ...heldLock(path, text), replaced: holder };
}

/** A takeover folder older than this was left by a run killed within its few microseconds of use. */
const TAKEOVER_STALE_MS = 10_000;

/** Runs `replace` while holding `<lock>.takeover`; false when another run holds it, or `replace` says so. */
function takeOver(path: string, replace: () => boolean): boolean {
  const folder = `${path}.takeover`;
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const made = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (Date.now() - made < TAKEOVER_STALE_MS) return false;
    rmSync(folder, { recursive: true, force: true });
    return takeOver(path, replace);
  }
  try {
    return replace();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** How a message names a holder: `pid 1234 on host, since 10:42`. */
export function describeHolder(holder: LockHolder, now: Date): string {
  return `pid ${holder.pid} on ${holder.host}, since ${since(new Date(holder.started), now)}`;
}

function heldLock(path: string, text: string): FileLock {
  return {
    path,
    release: () => {
      if (readLock(path) === text) rmSync(path, { force: true });
    },
  };
}

/**
 * Creates the lock with its whole content, or returns false when one exists. The record is written
 * under a temporary name and hard-linked to the lock's name, which fails if the name exists: the
 * check and the creation are one step, and no reader ever sees a half-written lock. Where hard links
 * are not supported, an exclusive create ('wx') is the same check.
 */
function createExclusive(path: string, text: string, shown: string): boolean {
  const temporary = temporaryPath(path);
  try {
    writeNew(temporary, text);
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') return createWithWx(path, text, shown);
    throw new UserError(`cannot lock ${shown} for this run: ${describeFsError(error)}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createWithWx(path: string, text: string, shown: string): boolean {
  try {
    writeNew(path, text);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UserError(`cannot lock ${shown} for this run: ${describeFsError(error)}`);
  }
}

function writeNew(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** The lock's text; undefined when there is none, '' when it cannot be read (a folder, no permission). */
function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : '';
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isSafeInteger(value.pid) && typeof value.host === 'string' && typeof value.started === 'string') return value as LockHolder;
  } catch {
    // Not ours, or damaged: treated as held, and the message says how to remove it.
  }
  return undefined;
}

/** Stale: taken on this machine by a process that no longer runs (or by this very pid, reused). */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function heldMessage(holder: LockHolder | undefined, options: LockOptions): string {
  const lock = `${options.shown}.lock`;
  if (!holder) {
    return `${options.shown} is locked by ${lock}, which does not say who holds it; if no culture-audit run is answering it, delete ${lock} and try again`;
  }
  const who = `${options.shown} is being answered in another culture-audit run (${describeHolder(holder, options.now)})`;
  if (holder.host === hostname()) return `${who}; finish or stop that one first`;
  // Another machine (a shared folder): its pid cannot be checked from here, so only a person can say it is gone.
  return `${who}; finish or stop that one first, or, if it no longer runs, delete ${lock} and try again`;
}

/** `10:42` today, `2026-12-06 10:42` on another day, in local time. */
function since(started: Date, now: Date): string {
  if (Number.isNaN(started.getTime())) return 'an unknown time';
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(started.getHours())}:${pad(started.getMinutes())}`;
  const day = `${started.getFullYear()}-${pad(started.getMonth() + 1)}-${pad(started.getDate())}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return day === today ? time : `${day} ${time}`;
}
