import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/cli.js';

// The pure core reads no file and talks to no terminal: these layers take text, bytes or
// iterables and return values, while src/load/ reads and the shell prints and exits. A rule
// nobody checks erodes with the first convenient readFileSync, so this test checks every file of
// these layers, and every module they reach through relative imports: a helper that reads files
// makes its importer a reader too.
const PURE_LAYERS = ['questionnaire', 'answers', 'scoring', 'report', 'formats'];

/** Node modules that reach the file system, other processes or the terminal. */
const IO_MODULE = /^(node:)?(fs|stream|child_process|readline|net|tty)(\/|$)/;

/** The layers at the edge: a pure module that imports one reads or prints through it. */
const EDGE_LAYERS = ['load', 'write', 'cli', 'interactive', 'boot', 'print'];

/** The source files by path from the repository root (`src/…`, forward slashes). */
type Sources = ReadonlyMap<string, string>;

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module a file imports or re-exports, type-only and dynamic imports included. */
function importsOf(text: string): string[] {
  const code = withoutComments(text);
  const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm;
  const bare = /^\s*import\s*'([^']+)'/gm;
  const dynamic = /\bimport\(\s*'([^']+)'\s*\)/g;
  return [...code.matchAll(statements), ...code.matchAll(bare), ...code.matchAll(dynamic)].map((match) => match[1] as string);
}

function globalsUsed(text: string): string[] {
  return [...new Set([...withoutComments(text).matchAll(/\b(process|console)\s*\./g)].map((match) => `${match[1]}.`))];
}

/** The source file a relative import names (`./x.js` is `./x.ts` on disk). */
function resolveImport(from: string, specifier: string): string {
  return posix.join(posix.dirname(from), specifier).replace(/\.js$/, '.ts');
}

function layerOf(file: string): string | undefined {
  return /^src\/([^/]+)\//.exec(file)?.[1];
}

/** One sentence per breach of the rule by a file of a pure layer, naming the file and the import. */
function importRuleViolations(sources: Sources): string[] {
  const violations: string[] = [];
  for (const file of [...sources.keys()].filter((f) => PURE_LAYERS.includes(layerOf(f) ?? ''))) {
    const text = sources.get(file) ?? '';
    for (const specifier of importsOf(text)) {
      if (IO_MODULE.test(specifier)) violations.push(`${file} imports ${specifier}`);
      const layer = specifier.startsWith('.') ? layerOf(resolveImport(file, specifier)) : undefined;
      if (layer && EDGE_LAYERS.includes(layer)) violations.push(`${file} imports ${specifier}, in src/${layer}/ at the edge`);
    }
    for (const name of globalsUsed(text)) violations.push(`${file} uses ${name}`);
    for (const [reached, via] of reachedModules(file, sources)) {
      const layer = layerOf(reached);
      if (PURE_LAYERS.includes(layer ?? '') || EDGE_LAYERS.includes(layer ?? '')) continue;
      const text = sources.get(reached) ?? '';
      for (const specifier of importsOf(text).filter((s) => IO_MODULE.test(s))) violations.push(`${file} reaches ${specifier} through ${via}`);
      for (const name of globalsUsed(text)) violations.push(`${file} reaches ${name} through ${via}`);
    }
  }
  return violations;
}

/** The modules outside the file's own layer that it reaches through relative imports, each with the import chain. */
function reachedModules(file: string, sources: Sources): Map<string, string> {
  const reached = new Map<string, string>();
  const pending: [string, string][] = [[file, file]];
  for (let next = pending.shift(); next; next = pending.shift()) {
    const [current, chain] = next;
    for (const specifier of importsOf(sources.get(current) ?? '').filter((s) => s.startsWith('.'))) {
      const target = resolveImport(current, specifier);
      if (target === file || reached.has(target) || !sources.has(target)) continue;
      const path = `${chain} -> ${target}`;
      reached.set(target, path);
      if (!PURE_LAYERS.includes(layerOf(target) ?? '')) pending.push([target, path]);
    }
  }
  return reached;
}

function sourcesIn(dir: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    sources.set(posix.join(dir, path.slice(join(repoRoot, dir).length + 1).split(/[\\/]/).join('/')), readFileSync(path, 'utf8'));
  }
  return sources;
}

describe('the import rule: questionnaire/, answers/, scoring/, report/ and formats/ read no file and use no process or console', () => {
  it('holds for every file of those layers', () => {
    const sources = sourcesIn('src');
    // A wrong path would find nothing and pass: the layers are where this test looks.
    for (const layer of PURE_LAYERS) expect([...sources.keys()].some((file) => layerOf(file) === layer)).toBe(true);
    expect(importRuleViolations(sources)).toEqual([]);
  });

  it('names the file and the import that breaks it, directly or through a helper', () => {
    const sources = new Map([
      ['src/scoring/x.ts', "import { readFileSync } from 'node:fs';\nimport { sum } from './y.js';"],
      ['src/scoring/y.ts', "export const sum = 1;"],
      ['src/report/z.ts', "import type { Io } from '../cli/io.js';\nexport const n = process.argv.length;"],
      ['src/answers/w.ts', "import {\n  readText,\n} from '../util/reader.js';\n// console.log is fine in a comment"],
      ['src/util/reader.ts', "import { readFile } from 'node:fs/promises';"],
      ['src/load/file.ts', "import { readFileSync } from 'node:fs';"],
    ]);
    expect(importRuleViolations(sources)).toEqual([
      'src/scoring/x.ts imports node:fs',
      'src/report/z.ts imports ../cli/io.js, in src/cli/ at the edge',
      'src/report/z.ts uses process.',
      'src/answers/w.ts reaches node:fs/promises through src/answers/w.ts -> src/util/reader.ts',
    ]);
  });
});
