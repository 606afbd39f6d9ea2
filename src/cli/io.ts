import { Chalk, type ChalkInstance } from 'chalk';
import { sanitizeForTerminal } from '../util/terminal-text.js';

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
  const isTTY = Boolean(process.stdout.isTTY);
  const level = colorEnabled(process.env, isTTY, colorFlag) ? 1 : 0;
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    style: new Chalk({ level }),
    isTTY,
    columns: process.stdout.columns || 80,
    cwd: process.cwd(),
    env: process.env,
    progress: liveStatus(process.stderr, process.env),
  };
}

export { sanitizeForTerminal };

function liveStatus(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): (text: string) => void {
  if (!stream.isTTY || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false')) return () => undefined;
  return (text) => void stream.write(`\r${text}\u001b[K`);
}
