import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { packageInfo } from '../util/package-root.js';
import { closestMatch } from '../util/suggest.js';

export type QuestionnaireOrigin = 'local' | 'built-in';

export interface QuestionnaireFile {
  id: string;
  file: string;
  origin: QuestionnaireOrigin;
}

const YAML_FILE = /\.(ya?ml|json)$/i;

export function builtInQuestionnaireDir(): string {
  return join(packageInfo().root, 'questionnaires');
}

/**
 * Questionnaire files a user can name by id: `./questionnaires/` of the working folder first
 * (so a consultant's own copy wins), then the built-in ones. The same file is listed once.
 */
export function findQuestionnaireFiles(cwd: string): QuestionnaireFile[] {
  const found: QuestionnaireFile[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  const dirs: [string, QuestionnaireOrigin][] = [
    [join(cwd, 'questionnaires'), 'local'],
    [builtInQuestionnaireDir(), 'built-in'],
  ];
  for (const [dir, origin] of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!YAML_FILE.test(name)) continue;
      const file = join(dir, name);
      const real = realpathSync(file);
      const id = name.replace(YAML_FILE, '');
      if (seen.has(real) || ids.has(id)) continue;
      seen.add(real);
      ids.add(id);
      found.push({ id, file, origin: real.startsWith(realpathSync(builtInQuestionnaireDir())) ? 'built-in' : origin });
    }
  }
  return found;
}

/** A reference is a path when it has a folder separator or a YAML/JSON extension. */
export function isPathReference(reference: string): boolean {
  return reference.includes('/') || reference.includes('\\') || YAML_FILE.test(reference);
}

/** Finds the file for an id or path, with a helpful error listing what exists. */
export function resolveQuestionnaireFile(reference: string, cwd: string): string {
  if (isPathReference(reference)) return resolve(cwd, reference);
  const files = findQuestionnaireFiles(cwd);
  const match = files.find((entry) => entry.id === reference);
  if (match) return match.file;
  const hint = closestMatch(reference, files.map((entry) => entry.id));
  const known = files.map((entry) => entry.id).join(', ') || 'none';
  throw new UserError(
    `unknown questionnaire "${reference}"${hint ? ` (did you mean "${hint}"?)` : ''}; available: ${known}. ` +
      'Name a file by path, or run `culture-audit list`.',
  );
}
