import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InvalidInputError, type Problem } from '../util/errors.js';
import { globToRegExp, hasGlob } from '../util/glob.js';
import { byCodeUnits } from '../util/code-unit-order.js';
import { nameFromBytes, osPath, shownPath } from '../util/os-path.js';
import { inputFileProblem } from './read-input.js';

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
  const add = (file: string, foundIn: string | undefined, key = fileKey(resolve(cwd, file))) => {
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
    const problem = (message: string) => problems.push({ file: shownPath(input), message });
    if (hasGlob(input) && !existsSync(osPath(path))) {
      const matches = globFiles(input, cwd);
      if (matches.length === 0) problem('matches no file');
      for (const match of matches) add(match, input);
    } else if (isDirectory(path)) {
      const found = walk(path, input).filter((file) => INPUT_FILE.test(file.path));
      if (found.length === 0) problem('is a folder with no .yaml, .yml, .json, .ndjson, .jsonl, .csv or .xlsx file in it');
      for (const file of found) add(file.shown, input, fileKey(file.path));
    } else {
      // A named pipe, a device or a socket is refused now: reading one would block, or never end.
      const odd = inputFileProblem(path);
      if (odd) problem(odd);
      else add(input, undefined);
    }
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

/** A file found by a walk: its path, and the path shown to the user. */
interface Found {
  path: string;
  shown: string;
}

/**
 * Every file below `dir`, sorted, skipping hidden entries and node_modules: its path, and the path
 * shown to the user (`shownDir` joined with the part below `dir`), built as the walk goes rather
 * than worked out per file afterwards (path.relative resolves both paths every time). Names are
 * read as bytes, so a name that is not UTF-8 is kept exactly (see os-path.ts). Symbolic links are
 * followed, to files and to folders; each folder is walked once (`walked`), so a link back up the
 * tree ends; dangling links and what is not a file (a pipe, a device) are left out.
 */
function walk(dir: string, shownDir: string, walked = new Set([fileKey(dir)])): Found[] {
  const files: Found[] = [];
  const entries = readdirSync(osPath(dir), { withFileTypes: true, encoding: 'buffer' })
    .map((entry) => ({ entry, name: nameFromBytes(entry.name) }))
    .sort((a, b) => byCodeUnits(a.name, b.name));
  for (const { entry, name } of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    const shown = shownDir ? join(shownDir, name) : name;
    const target = entry.isSymbolicLink() ? statOrNone(path) : entry;
    if (target?.isDirectory()) {
      const key = fileKey(path);
      if (walked.has(key)) continue;
      walked.add(key);
      files.push(...walk(path, shown, walked));
    } else if (target?.isFile()) files.push({ path, shown });
  }
  return files;
}

/**
 * Which file `path` is, so a file reached by two names (a symbolic link and its target, or two
 * links) is read once: its device and inode, or the path itself when it cannot be looked at (the
 * reader then names the problem).
 */
function fileKey(path: string): string {
  const stat = statOrNone(path);
  return stat ? `${stat.dev}:${stat.ino}` : path;
}

function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(osPath(path), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  return statOrNone(path)?.isDirectory() ?? false;
}
