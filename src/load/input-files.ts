import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InvalidInputError, type Problem } from '../util/errors.js';
import { globToRegExp, hasGlob } from '../util/glob.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** What a folder given as input contributes: answer files, JSON records (NDJSON) and form exports (CSV, .xlsx). */
const INPUT_FILE = /\.(ya?ml|json|ndjson|jsonl|csv|xlsx)$/i;

/** An input file, and the folder or pattern it was found through (none for a file named as it is). */
export interface InputFile {
  file: string;
  /** The folder or glob pattern as given; such a file may be left out when it is not an answer file (see readResponses). */
  foundIn?: string;
}

/**
 * Files from a mix of file names, folders (searched recursively for .yaml/.yml/.json/.ndjson/.jsonl/.csv/.xlsx) and
 * glob patterns the shell did not expand. Each file once, in a stable order: the order given, and
 * sorted within a folder or pattern. An input that matches nothing is an error.
 */
export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  return expandInputFiles(inputs, cwd).map((input) => input.file);
}

/** expandInputs, with where each file came from; a file also named as it is counts as named. */
export function expandInputFiles(inputs: readonly string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Map<string, InputFile>();
  const problems: Problem[] = [];
  const add = (file: string, foundIn: string | undefined, key = resolve(cwd, file)) => {
    const earlier = seen.get(key);
    if (earlier) {
      if (foundIn === undefined) delete earlier.foundIn;
      return;
    }
    const input = foundIn === undefined ? { file } : { file, foundIn };
    seen.set(key, input);
    files.push(input);
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    if (hasGlob(input) && !existsSync(path)) {
      const matches = globFiles(input, cwd);
      if (matches.length === 0) problems.push({ file: input, message: 'matches no file' });
      for (const match of matches) add(match, input);
    } else if (isDirectory(path)) {
      const found = walk(path, input).filter((file) => INPUT_FILE.test(file.path));
      if (found.length === 0) problems.push({ file: input, message: 'is a folder with no .yaml, .yml, .json, .ndjson, .jsonl, .csv or .xlsx file in it' });
      for (const file of found) add(file.shown, input, file.path);
    } else add(input, undefined);
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
