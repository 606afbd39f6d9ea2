import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { osPath } from '../util/os-path.js';

/**
 * `path` if nothing is there, else the first free `name-2.ext`, `name-3.ext`, ...: for files that
 * must never replace another. `companions` names the files that go with a candidate (a report's
 * charts), which must be free too.
 */
export function unusedPath(path: string, companions: (candidate: string) => string[] = () => []): string {
  const free = (candidate: string) => [candidate, ...companions(candidate)].every((file) => !existsSync(osPath(file)));
  if (free(path)) return path;
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (free(candidate)) return candidate;
  }
}
