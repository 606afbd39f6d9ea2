import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../src/util/glob.js';
import { expandInputs } from '../src/load/input-files.js';
import { InvalidInputError } from '../src/util/errors.js';
import { tempDir } from './helpers/cli.js';

describe('globToRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'sub/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['q?.csv', 'q1.csv', true],
    ['q?.csv', 'q10.csv', false],
    ['*.{yaml,json}', 'a.json', true],
    ['[ab]*.yaml', 'c.yaml', false],
    ['a.b', 'axb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('expandInputs', () => {
  const dir = tempDir();
  for (const file of ['a/1.yaml', 'a/2.json', 'a/notes.txt', 'a/deep/3.csv', 'a/.hidden/4.yaml', 'b.yaml']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
  }

  it('takes files as given, folders recursively (answer files only), and globs; each file once', () => {
    expect(expandInputs(['b.yaml', 'a', 'a/*.yaml', '**/3.csv'], dir)).toEqual(['b.yaml', 'a/1.yaml', 'a/2.json', 'a/deep/3.csv']);
  });

  it('lists every input that matches nothing', () => {
    const error = (() => {
      try {
        expandInputs(['none/*.yaml', 'a/deep/3.csv', 'zzz*'], dir);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['none/*.yaml: matches no file', 'zzz*: matches no file']);
  });
});
