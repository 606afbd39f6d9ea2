import { closeSync } from 'node:fs';
import { relative } from 'node:path';
import { isatty } from 'node:tty';
import type { Io } from '../io.js';
import { UserError } from '../../util/errors.js';
import { PLAIN_COMMAND, resumeCommand } from '../resume-command.js';

export { resumeCommand, shellQuote } from '../resume-command.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const STDIO = [0, 1, 2] as const;
const ignore = () => undefined;

export interface InterruptGuard {
  /** Aborted by a signal or a vanished terminal: the prompt on screen rejects with AbortPromptError. */
  signal: AbortSignal;
  /** False once stderr was a terminal that is gone: the stop message would fail, so it is not printed. */
  canPrint(): boolean;
  dispose(): void;
}

/**
 * Turns SIGINT, SIGTERM, SIGHUP and a vanished terminal into an abort of the prompt on screen, so the
 * run ends through the same path as Ctrl+C: message, exit 130. Without the signal listeners the prompt
 * library's own exit hook would re-raise the signal and end the process before anything is printed.
 * The answers on disk are already complete up to the previous question either way.
 */
export function interruptGuard(stdin: typeof process.stdin = process.stdin): InterruptGuard {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new Error(`received ${name}`));
  for (const name of SIGNALS) process.on(name, onSignal);
  // A closed terminal ends stdin: without this the prompt would wait for ever and the process end
  // with no message and no exit code of ours.
  const onEnd = () => controller.abort(new Error('the terminal closed'));
  const watching = stdin.isTTY === true;
  const terminals = STDIO.filter((fd) => isatty(fd));
  const unpatch = watching ? [skipRawModeWhenGone(stdin), ...outputs().map(dropWritesWhenGone)] : [];
  if (watching) stdin.on('end', onEnd);
  return {
    signal: controller.signal,
    canPrint: () => !(terminals.includes(2) && !isatty(2)),
    dispose: () => {
      // A stopped run is on its way out: a later signal (a closed terminal sends SIGHUP again when
      // the shell that owned it exits) must not turn exit 130 into death by that signal.
      if (controller.signal.aborted) SIGNALS.forEach((name) => process.on(name, ignore));
      SIGNALS.forEach((name) => process.off(name, onSignal));
      stdin.off('end', onEnd);
      if (terminals.some((fd) => !isatty(fd))) closeDeadTerminal(terminals);
      else unpatch.forEach((restore) => restore());
    },
  };
}

/**
 * readline restores the terminal's mode when its input ends. On a terminal that is gone that fails
 * with EIO, emitted as an 'error' nobody can listen to (readline's own interface re-emits it), and
 * the process dies with `Error: setRawMode EIO`. There is no mode left to restore then: skip it.
 */
function skipRawModeWhenGone(stdin: typeof process.stdin): () => void {
  const original = stdin.setRawMode;
  stdin.setRawMode = (mode: boolean) => (isatty(stdin.fd) ? original.call(stdin, mode) : stdin);
  return () => {
    stdin.setRawMode = original;
  };
}

/** stdout and stderr where they are terminals: the ones a hang-up takes away. */
function outputs(): { stream: NodeJS.WriteStream; fd: number }[] {
  return [
    { stream: process.stdout, fd: 1 },
    { stream: process.stderr, fd: 2 },
  ].filter(({ fd }) => isatty(fd));
}

/**
 * After a hang-up the prompt still clears its screen on the way out. A write to a terminal that is
 * gone fails with EIO, and the CLI treats an output error other than a closed pipe as fatal: drop
 * such writes instead, as nobody can read them.
 */
function dropWritesWhenGone({ stream, fd }: { stream: NodeJS.WriteStream; fd: number }): () => void {
  const original = stream.write;
  stream.write = function writeWhileThere(this: NodeJS.WriteStream, ...args: unknown[]): boolean {
    if (isatty(fd)) return (original as (...a: unknown[]) => boolean).apply(this, args);
    const callback = args[args.length - 1];
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  } as typeof stream.write;
  return () => {
    stream.write = original;
  };
}

/**
 * Node resets the terminal it started on when it exits, and aborts (a native stack, exit 134 or 139)
 * when that terminal is gone. It skips a descriptor that is closed, so the dead ones are closed first.
 */
function closeDeadTerminal(terminals: readonly number[]): void {
  for (const fd of terminals) {
    if (isatty(fd)) continue;
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to reset either.
    }
  }
}

/**
 * A save that failed mid-run: the answer file is written atomically, so it still holds every earlier
 * answer; say so, and how to go on once the cause is fixed. `saved.file` is the answer file as shown.
 */
export function saveFailed(error: unknown, saved: { file: string; questionnairePath?: string }, command: string): unknown {
  if (!(error instanceof UserError)) return error;
  const { file } = saved;
  // The writer's message is `cannot write <file>: <reason>`; the reason is what the person needs.
  const prefix = `cannot write ${file}: `;
  // "nothing was written" is the writer's word on its own files: the earlier answers are there, as said below.
  const reason = (error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message).replace(/; nothing was written$/, '');
  const fix = (error.cause as { code?: unknown } | undefined)?.code === 'ENOSPC' ? 'free some space' : 'fix that';
  return new UserError(
    `could not save your last answer: ${reason}; your earlier answers are in ${file}; ` +
      `${fix} and resume with: ${resumeCommand(file, saved.questionnairePath, command)}`,
    error.exitCode,
  );
}

/** Ctrl+C in a prompt (ExitPromptError) or a signal (AbortPromptError). */
export function isInterruption(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export interface SavedRun {
  file: string;
  answered: number;
  questionnairePath?: string;
}

export function printInterrupted(io: Io, saved: SavedRun | undefined, command: string = PLAIN_COMMAND): void {
  if (!saved) {
    io.err('Stopped before the first question; nothing was saved.');
    return;
  }
  const shown = relative(io.cwd, saved.file) || saved.file;
  const count = saved.answered === 1 ? '1 answer is' : `${saved.answered} answers are`;
  io.err(`Stopped. ${count} saved in ${shown}.`);
  io.err('Continue where you left off with:');
  io.err(`  ${resumeCommand(shown, saved.questionnairePath, command)}`);
}
