import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';

/** The names Chrome and Chromium go by on PATH, in the order they are looked for. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

export const NO_BROWSER =
  'no Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or give --browser <path>; or write HTML (--format html) and print it from a browser';

/**
 * The browser to print with: --browser, else $CULTURE_AUDIT_BROWSER, else the first of
 * BROWSER_NAMES on PATH. A browser that was named but is not there is refused by the name it was
 * given, rather than falling back to another one the user did not ask for.
 */
export function findBrowser(given: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (given !== undefined) return requireExecutable(resolve(cwd, given), `--browser ${given}`);
  const fromEnv = env['CULTURE_AUDIT_BROWSER'];
  if (fromEnv) return requireExecutable(resolve(cwd, fromEnv), `CULTURE_AUDIT_BROWSER=${fromEnv}`);
  const folders = (env['PATH'] ?? '').split(delimiter).filter((folder) => isAbsolute(folder));
  for (const folder of folders) {
    for (const name of BROWSER_NAMES) {
      const path = join(folder, name);
      if (isExecutableFile(path)) return path;
    }
  }
  throw new UserError(NO_BROWSER);
}

function requireExecutable(path: string, named: string): string {
  if (isExecutableFile(path)) return path;
  throw new UserError(`${named}: no executable file there; give the path of Chrome or Chromium, or write HTML (--format html) and print it from a browser`);
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
