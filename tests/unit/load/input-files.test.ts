import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlob } from '../../../src/util/glob.js';
import { expandInputFiles, expandInputs } from '../../../src/load/input-files.js';
import { InvalidInputError, UserError } from '../../../src/util/errors.js';
import { tempDir } from '../../helpers/cli.js';

/** A temporary folder holding these files (each holds "x"). */
function folderWith(files: readonly string[]): string {
  const dir = tempDir();
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
  }
  return dir;
}

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
    ['{a,b{1,2}}.yaml', 'b2.yaml', true],
    ['{a,b{1,2}}.yaml', 'b3.yaml', false],
    ['{2025,2026}-{q1,q{2,3}}/*.csv', '2026-q3/north.csv', true],
    ['q{1..12}.csv', 'q10.csv', true],
    ['q{1..12}.csv', 'q13.csv', false],
    ['q{01..03}.csv', 'q02.csv', true],
    ['q{01..03}.csv', 'q2.csv', false],
    ['q{0..10..5}.csv', 'q5.csv', true],
    ['q{0..10..5}.csv', 'q4.csv', false],
    ['{a..c}.yaml', 'b.yaml', true],
    ['q[1-3].csv', 'q2.csv', true],
    ['[!a]*.yaml', 'b.yaml', true],
    ['[!a]*.yaml', 'a.yaml', false],
    ['\\[draft\\]*.yaml', '[draft] anna.yaml', true],
    ['\\[draft\\]*.yaml', 'd anna.yaml', false],
    ['a\\*.yaml', 'a*.yaml', true],
    ['a\\*.yaml', 'ab.yaml', false],
    ['Export (1)*.csv', 'Export (1) north.csv', true],
    ['Export (1)*.csv', 'Export 1 north.csv', false],
    ['!draft*.yaml', '!draft-anna.yaml', true],
    ['!draft*.yaml', 'final.yaml', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('expandInputs', () => {
  const dir = folderWith(['a/1.yaml', 'a/2.json', 'a/notes.txt', 'a/deep/3.csv', 'a/.hidden/4.yaml', 'b.yaml']);

  it('takes files as given, folders recursively (answer files only), and globs; each file once', () => {
    expect(expandInputs(['b.yaml', 'a', 'a/*.yaml', '**/3.csv'], dir)).toEqual(['b.yaml', 'a/1.yaml', 'a/2.json', 'a/deep/3.csv']);
  });

  it('says which folder or pattern found each file; a file also named as it is counts as named', () => {
    expect(expandInputFiles(['a', '*.yaml', 'a/2.json'], dir)).toEqual([
      { file: 'a/1.yaml', foundIn: 'a' },
      { file: 'a/2.json' },
      { file: 'a/deep/3.csv', foundIn: 'a' },
      { file: 'b.yaml', foundIn: '*.yaml' },
    ]);
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

describe('globToRegExp: nested braces, ranges and escapes (picomatch)', () => {
  it('refuses a range too long to list, as a user error', () => {
    expect(() => globToRegExp('q{1..100000}.csv')).toThrow(UserError);
  });

  it('takes a path with *, ?, [ or { for a glob, escaped or not', () => {
    expect([hasGlob('a\\*.yaml'), hasGlob('a*.yaml'), hasGlob('q{1..3}.csv'), hasGlob('Export (1).csv')]).toEqual([true, true, true, false]);
  });
});

describe('expandInputs with nested braces, ranges and escapes', () => {
  const dir = folderWith(['2026-q1/a.yaml', '2026-q2/b.yaml', '2026-q3/c.yaml', 'team-9.yaml', 'team-10.yaml', 'team-11.yaml', '[draft] d.yaml', 'e.yaml']);

  it('finds what each pattern names', () => {
    expect(expandInputs(['2026-{q1,q{2,9}}/*.yaml', 'team-{10..11}.yaml', '\\[draft\\]*.yaml'], dir)).toEqual([
      join('2026-q1', 'a.yaml'),
      join('2026-q2', 'b.yaml'),
      'team-10.yaml',
      'team-11.yaml',
      '[draft] d.yaml',
    ]);
  });
});

describe('folders with symbolic links, odd files and names that are not UTF-8', () => {
  it('reads symlinked answer files in a folder, each real file once, and ends on a folder linked back up the tree', () => {
    const dir = folderWith(['answers/a.yaml', 'elsewhere/b.yaml', 'elsewhere/deep/c.yaml']);
    symlinkSync(join(dir, 'elsewhere/b.yaml'), join(dir, 'answers/b.yaml'));
    symlinkSync('a.yaml', join(dir, 'answers/same-as-a.yaml'));
    symlinkSync(join(dir, 'elsewhere/deep'), join(dir, 'answers/deep'));
    symlinkSync('..', join(dir, 'answers/deep-loop'));
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'answers/dangling.yaml'));
    expect(expandInputs(['answers'], dir)).toEqual(['answers/a.yaml', 'answers/b.yaml', 'answers/deep/c.yaml']);
  });

  it('leaves out a named pipe found in a folder, and refuses one named as an input at once', () => {
    const dir = folderWith(['answers/a.yaml']);
    execFileSync('mkfifo', [join(dir, 'answers/pipe.csv')]);
    expect(expandInputs(['answers'], dir)).toEqual(['answers/a.yaml']);
    expect(() => expandInputs(['answers/pipe.csv'], dir)).toThrow('answers/pipe.csv: is a named pipe, not a file');
  });

  it('keeps a name that is not UTF-8 exactly, as its bytes, and apart from a similar name', () => {
    const dir = folderWith(['answers/m.yaml']);
    for (const byte of ['\xff', '\xfe']) writeFileSync(Buffer.from(`${dir}/answers/m${byte}.yaml`, 'latin1'), 'x');
    expect(expandInputs(['answers'], dir)).toEqual(['answers/m.yaml', 'answers/m\udcfe.yaml', 'answers/m\udcff.yaml']);
  });
});
