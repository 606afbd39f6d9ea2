import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { OutputFormat } from '../../report/formats/output-format.js';
import { UserError } from '../../util/errors.js';
import { oddFileKind } from '../../util/fs-error.js';
import { osPath, shownPath } from '../../util/os-path.js';

/**
 * Where `-o` puts a report, as the user would write it: "-" stays stdout; a name with no ending gets
 * the format's (`-o reports/x` writes reports/x.md, its charts reports/x-radar.svg), so the report
 * and its charts are named alike whatever the name. A device, pipe or folder at the path is refused
 * here, before the ending could turn `/dev/null` into `/dev/null.md`.
 */
export function reportOutputPath(output: string, format: OutputFormat, cwd: string): string {
  if (output === '-') return output;
  const kind = kindAt(resolve(cwd, output));
  const shown = shownPath(output);
  if (kind === 'a folder') throw new UserError(`-o ${shown} is a folder; give a file name, such as ${shown.replace(/[\\/]+$/, '')}/report${format.extension}`);
  if (kind) throw new UserError(`-o ${shown} is ${kind}, not a file; give a file name, or -o - to print the report`);
  return extname(output) === '' ? `${output}${format.extension}` : output;
}

/** What odd kind of entry is at `path` (through links: /dev/stdout is one), if any; a path that cannot be looked at is left to the writer to report. */
function kindAt(path: string): string | undefined {
  try {
    const entry = statSync(osPath(path), { throwIfNoEntry: false });
    return entry ? oddFileKind(entry) : undefined;
  } catch {
    return undefined;
  }
}

/** A path in a message or a "written" line: relative to where the command runs when inside it, else whole, never climbing out with `../`. */
export function shownFrom(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
