import { readFileSync } from 'node:fs';
import { nameFromBytes } from '../util/os-path.js';

/**
 * process.argv with each argument that was not UTF-8 (a file name such as `m\xff.yaml`) as its
 * exact bytes, carried as os-path.ts carries them. Node decodes arguments to text and turns stray
 * bytes into U+FFFD, losing them; Linux keeps the bytes in /proc/self/cmdline. Elsewhere, or when
 * the two cannot be matched up, the arguments stay as Node gives them.
 */
export function argvAsGiven(argv: readonly string[]): string[] {
  if (!argv.some((arg) => arg.includes('\uFFFD'))) return [...argv];
  const raw = commandLine();
  // The command's own arguments end the command line, after node's options and the script.
  const own = raw.slice(raw.length - (argv.length - 2));
  if (own.length !== argv.length - 2) return [...argv];
  const recovered = argv.slice(2).map((arg, i) => {
    const bytes = own[i];
    return bytes && arg.includes('\uFFFD') && bytes.toString('utf8') === arg ? nameFromBytes(bytes) : arg;
  });
  return [...argv.slice(0, 2), ...recovered];
}

function commandLine(): Buffer[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync('/proc/self/cmdline');
  } catch {
    return [];
  }
  const args: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0, start);
    args.push(bytes.subarray(start, end === -1 ? bytes.length : end));
    start = end === -1 ? bytes.length : end + 1;
  }
  return args;
}
