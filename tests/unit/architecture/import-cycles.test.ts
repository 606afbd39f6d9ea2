import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No module in src/ may reach itself through its imports, type-only imports included: a type
// cycle still means two modules each need the other to be understood (the issue found 11).

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');
// Every static `import … from`, `import '…'`, `export … from` and dynamic `import('…')`; `import type` too.
const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The src/ modules a file imports, as absolute .ts paths. */
function localImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    if (specifier.startsWith('.')) found.push(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
  }
  return found;
}

/** Each cycle once, as the files on it, by a depth-first walk that reports the back edges. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('finds none in src/, type-only imports included', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, localImports(file, readFileSync(file, 'utf8'))]));
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' -> '));
    expect(cycles, 'each line is a cycle of imports in src/; break it by moving the shared type or function to its own module').toEqual([]);
  });

  it('sees a type-only cycle, an export-from and a dynamic import', () => {
    const a = '/src/a.ts';
    expect(localImports(a, "import type { B } from './b.js';\nexport { c } from './c.js';\nconst d = await import('./d.js');")).toEqual(['/src/b.ts', '/src/c.ts', '/src/d.ts']);
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/a.ts']],
      ['/c.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['/a.ts', '/b.ts', '/a.ts']]);
  });
});
