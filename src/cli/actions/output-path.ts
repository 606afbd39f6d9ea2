import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { OutputFormat } from '../../report/formats/output-format.js';
import { oddFileKind } from '../../util/fs-error.js';
import { osPath } from '../../util/os-path.js';

/**
 * Where `-o` puts a report, as the user would write it: "-" stays stdout; a name with no ending gets
 * the format's (`-o reports/x` writes reports/x.md, its charts reports/x-radar.svg), so the report
 * and its charts are named alike whatever the name. A device, pipe or folder keeps its name, so
 * the writer refuses `/dev/null` itself rather than write `/dev/null.md`.
 */
export function reportOutputPath(output: string, format: OutputFormat, cwd: string): string {
  if (output === '-' || extname(output) !== '' || kindAt(resolve(cwd, output)) !== undefined) return output;
  return `${output}${format.extension}`;
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
  if (inside === '') return '.';
  return /^\.\.(?:[\\/]|$)/.test(inside) || isAbsolute(inside) ? path : inside;
}
