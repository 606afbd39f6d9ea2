import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { questionnaireIdOf } from '../questionnaire/questionnaire-id.js';
import { UserError } from '../util/errors.js';
import { packageInfo } from '../util/package-root.js';
import { closestMatch } from '../util/suggest.js';
import { readInputText } from './read-input.js';

export type QuestionnaireOrigin = 'local' | 'built-in';

export interface QuestionnaireFile {
  /** The `id:` inside the file: what names it. Undefined when the file declares no readable id. */
  id: string | undefined;
  /** The file name without its ending: only a hint, for "did you mean" and a file without an id. */
  stem: string;
  file: string;
  origin: QuestionnaireOrigin;
}

const YAML_FILE = /\.(ya?ml|json)$/i;

export function builtInQuestionnaireDir(): string {
  return join(packageInfo().root, 'questionnaires');
}

/**
 * Questionnaire files a user can name by id: `./questionnaires/` of the working folder first, then
 * the built-in ones; a built-in whose id a local file also has is left out (a consultant's own copy
 * wins). The same file is listed once.
 */
export function findQuestionnaireFiles(cwd: string): QuestionnaireFile[] {
  const local = localQuestionnaireFiles(cwd);
  const localIds = new Set(local.map((entry) => entry.id));
  const builtIn = builtInQuestionnaireFiles(local).filter((entry) => entry.id === undefined || !localIds.has(entry.id));
  return [...local, ...builtIn];
}

/** A reference is a path when it has a folder separator or a YAML/JSON extension. */
export function isPathReference(reference: string): boolean {
  return reference.includes('/') || reference.includes('\\') || YAML_FILE.test(reference);
}

/**
 * Finds the file for an id or path, with a helpful error listing what exists. Ids match exactly;
 * the built-ins' ids are read only when no local file has the id.
 */
export function resolveQuestionnaireFile(reference: string, cwd: string): string {
  if (isPathReference(reference)) return resolve(cwd, reference);
  const local = localQuestionnaireFiles(cwd);
  const matches = local.filter((entry) => entry.id === reference);
  if (matches.length > 1) throw sharedIdError(reference, matches, cwd);
  const match = matches[0] ?? builtInQuestionnaireFiles(local).find((entry) => entry.id === reference);
  if (match) return match.file;
  throw unknownQuestionnaireError(reference, findQuestionnaireFiles(cwd));
}

function sharedIdError(id: string, files: QuestionnaireFile[], cwd: string): UserError {
  const names = files.map((entry) => relative(cwd, entry.file) || entry.file);
  return new UserError(
    `questionnaire id "${id}" is declared by ${names.length} files: ${names.join(', ')}. ` +
      'Give each questionnaire its own id, or name one by path.',
  );
}

function unknownQuestionnaireError(reference: string, files: QuestionnaireFile[]): UserError {
  const named = files.filter((entry): entry is QuestionnaireFile & { id: string } => entry.id !== undefined);
  const ids = named.map((entry) => entry.id);
  // Typing the file name for the id is the likely slip: that file's id is the hint then.
  const stemHint = (stem: string | undefined) => named.find((entry) => entry.stem === stem)?.id;
  const hint = stemHint(reference) ?? closestMatch(reference, ids) ?? stemHint(closestMatch(reference, named.map((entry) => entry.stem)));
  return new UserError(
    `unknown questionnaire "${reference}"${hint ? ` (did you mean "${hint}"?)` : ''}; available: ${ids.join(', ') || 'none'}. ` +
      'Name a file by path, or run `culture-audit list`.',
  );
}

function localQuestionnaireFiles(cwd: string): QuestionnaireFile[] {
  return filesIn(join(cwd, 'questionnaires'), 'local', new Set());
}

/** The built-in files, but for those already listed locally (when the working folder is the package's). */
function builtInQuestionnaireFiles(local: QuestionnaireFile[]): QuestionnaireFile[] {
  const seen = new Set(local.filter((entry) => entry.origin === 'built-in').map((entry) => realpathSync(entry.file)));
  return filesIn(builtInQuestionnaireDir(), 'built-in', seen);
}

function filesIn(dir: string, origin: QuestionnaireOrigin, seen: Set<string>): QuestionnaireFile[] {
  if (!existsSync(dir)) return [];
  const builtInDir = realpathSync(builtInQuestionnaireDir());
  const found: QuestionnaireFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!YAML_FILE.test(name)) continue;
    const file = join(dir, name);
    const real = realpathSync(file);
    if (seen.has(real)) continue;
    seen.add(real);
    const stem = name.replace(YAML_FILE, '');
    found.push({ id: declaredId(file), stem, file, origin: real.startsWith(builtInDir) ? 'built-in' : origin });
  }
  return found;
}

/** The file's id, or undefined when it cannot be read: such a file is found by path only. */
function declaredId(file: string): string | undefined {
  try {
    return questionnaireIdOf(file, readInputText(file));
  } catch {
    return undefined;
  }
}
