import { Chalk, type ChalkInstance } from 'chalk';
import { sanitizeForTerminal } from '../util/terminal-text.js';
import { isTerminal, writeText } from '../boot/stdio.js';

/** Where a command prints, and how. Commands get one of these instead of touching process.*. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours for the stream the text goes to (level 0 when colour is off). */
  style: ChalkInstance;
  isTTY: boolean;
  /** Terminal width for bars and wrapping; 80 when unknown. */
  columns: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A one-line status on stderr, redrawn in place ("" clears it); does nothing unless stderr is a terminal outside CI. */
  progress(text: string): void;
}

/**
 * Colour only on a terminal: off for pipes, with NO_COLOR (chalk itself ignores it), TERM=dumb
 * and --no-color; FORCE_COLOR turns it on anyway.
 */
export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function processIo(colorFlag?: boolean): Io {
  // Through boot/stdio.ts: a run whose output is a pipe or a file never makes process.stdout.
  const isTTY = isTerminal(1);
  const level = colorEnabled(process.env, isTTY, colorFlag) ? 1 : 0;
  return {
    out: (text) => writeText(1, text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => writeText(2, text.endsWith('\n') ? text : `${text}\n`),
    style: new Chalk({ level }),
    isTTY,
    // Only a terminal has columns.
    columns: (isTTY && process.stdout.columns) || 80,
    cwd: process.cwd(),
    env: process.env,
    progress: liveStatus(process.env),
  };
}

export { sanitizeForTerminal };

function liveStatus(env: NodeJS.ProcessEnv): (text: string) => void {
  if (!isTerminal(2) || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false')) return () => undefined;
  return (text) => void process.stderr.write(`\r${text}\u001b[K`);
}
