import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/cli.js';

// src/write/ is the only writer of output files, so "check every target, stage, publish" holds
// for every command. src/boot/ is the one exception: it saves the bundles' own V8 code caches
// while the build trains them, before any command has loaded, and src/boot/stdio.ts writes the
// process's stdout and stderr to descriptors 1 and 2 (never a file by name) without making the streams.
const ALLOWED = ['write/', 'boot/'];
const WRITING = /^(?:appendFile|copyFile|cp|createWriteStream|link|mkdir|mkdtemp|rename|rm|rmdir|symlink|truncate|unlink|write|writeFile)(?:Sync)?$/;
const FS_IMPORT = /import\s+(?:type\s+)?(\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+'(?:node:)?fs(?:\/promises)?'/g;

function fsWritersImported(text: string): string[] {
  return [...text.matchAll(FS_IMPORT)].flatMap(([, names = '']) => {
    // A namespace or default import can reach every function: it counts as writing.
    if (!names.startsWith('{')) return [names];
    return names.slice(1, -1).split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!).filter((name) => WRITING.test(name));
  });
}

describe('writing files', () => {
  it('only src/write/ imports what writes, renames or removes files', () => {
    const src = join(repoRoot, 'src');
    const offenders = (readdirSync(src, { recursive: true }) as string[])
      .map((file) => file.split(sep).join('/'))
      .filter((file) => file.endsWith('.ts') && !ALLOWED.some((folder) => file.startsWith(folder)))
      .flatMap((file) => fsWritersImported(readFileSync(join(src, file), 'utf8')).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it('recognises the imports it looks for', () => {
    expect(fsWritersImported("import { readFileSync, writeFileSync as w } from 'node:fs';")).toEqual(['writeFileSync']);
    expect(fsWritersImported("import * as fs from 'fs';")).toEqual(['* as fs']);
    expect(fsWritersImported("import { rename } from 'node:fs/promises';")).toEqual(['rename']);
    expect(fsWritersImported("import { closeSync, openSync, readSync } from 'node:fs';")).toEqual([]);
  });
});
