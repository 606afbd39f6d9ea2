import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InvalidInputError, type Problem } from '../util/errors.js';
import { globToRegExp, hasGlob } from '../util/glob.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** What a folder given as input contributes: answer files and form exports. */
const INPUT_FILE = /\.(ya?ml|json|csv)$/i;

/**
 * Files from a mix of file names, folders (searched recursively for .yaml/.yml/.json/.csv) and
 * glob patterns the shell did not expand. Each file once, in a stable order: the order given, and
 * sorted within a folder or pattern. An input that matches nothing is an error.
 */
export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const add = (file: string, key = resolve(cwd, file)) => {
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    if (hasGlob(input) && !existsSync(path)) {
      const matches = globFiles(input, cwd);
      if (matches.length === 0) problems.push({ file: input, message: 'matches no file' });
      for (const match of matches) add(match);
    } else if (isDirectory(path)) {
      const found = walk(path, input).filter((file) => INPUT_FILE.test(file.path));
      if (found.length === 0) problems.push({ file: input, message: 'is a folder with no .yaml, .yml, .json or .csv file in it' });
      for (const file of found) add(file.shown, file.path);
    } else add(input);
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return files;
}

function globFiles(pattern: string, cwd: string): string[] {
  const normalised = pattern.split(sep).join('/');
  const segments = normalised.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  const base = segments.slice(0, firstGlob).join('/');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  const root = resolve(cwd, base || '.');
  if (!isDirectory(root)) return [];
  return walk(root, '')
    .filter((file) => matcher.test(file.shown.split(sep).join('/')))
    .map((file) => (base ? join(base, file.shown) : file.shown));
}

/**
 * Every file below `dir`, sorted, skipping hidden entries and node_modules: its path, and the path
 * shown to the user (`shownDir` joined with the part below `dir`), built as the walk goes rather
 * than worked out per file afterwards (path.relative resolves both paths every time).
 */
function walk(dir: string, shownDir: string): { path: string; shown: string }[] {
  const files: { path: string; shown: string }[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const shown = shownDir ? join(shownDir, entry.name) : entry.name;
    if (entry.isDirectory()) files.push(...walk(path, shown));
    else if (entry.isFile()) files.push({ path, shown });
  }
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
