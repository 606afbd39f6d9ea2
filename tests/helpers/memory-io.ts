import { Chalk } from 'chalk';
import type { Io } from '../../src/cli/io.js';

/** An Io that records what a command prints, without colour, for in-process tests. */
export function memoryIo(cwd: string, columns = 80): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    style: new Chalk({ level: 0 }),
    isTTY: false,
    columns,
    cwd,
    env: {},
    progress: () => undefined,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
