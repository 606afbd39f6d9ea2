import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../../src/write/check-targets.js';
import { publishFiles } from '../../../src/write/publish.js';
import { stageFiles } from '../../../src/write/stage.js';
import { TEMPORARY_FILE } from '../../../src/write/temporary-path.js';
import { writeFilesAtomic } from '../../../src/write/write-files.js';
import { tempDir } from '../../helpers/cli.js';

// Every command writes through one path: check every target, stage every file under a temporary
// name, then publish them all. A refusal or a failure leaves the folder as it was.

const asGiven = (path: string) => path;

describe('writeFilesAtomic', () => {
  it('refuses a target that exists without force, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.md'), 'old');
    expect(() => writeFilesAtomic([{ path: join(dir, 'report.md'), content: 'new' }])).toThrow(`${join(dir, 'report.md')} already exists; use --force to replace it`);
    expect(readdirSync(dir)).toEqual(['report.md']);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old');
  });

  it('writes none of several files when the last one is refused, and leaves no temporary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.svg'), 'old');
    const files = ['a.md', 'b.svg', 'c.svg'].map((name) => ({ path: join(dir, name), content: name }));
    expect(() => writeFilesAtomic(files, { shown: (path) => path.slice(dir.length + 1) })).toThrow('c.svg already exists; use --force to replace it');
    expect(readdirSync(dir)).toEqual(['c.svg']);
  });

  it('refuses a folder among the targets even with force, before writing any', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b.svg'));
    const files = ['a.md', 'b.svg'].map((name) => ({ path: join(dir, name), content: name }));
    expect(() => writeFilesAtomic(files, { force: true })).toThrow(`cannot write ${join(dir, 'b.svg')}: it is a folder; give a file name`);
    expect(readdirSync(dir)).toEqual(['b.svg']);
  });

  it('replaces existing files with force, each whole, and leaves only the targets', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'old');
    writeFilesAtomic(['a.md', 'sub/b.svg'].map((name) => ({ path: join(dir, name), content: `new ${name}` })), { force: true });
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(['a.md', 'sub', 'sub/b.svg']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new a.md');
  });
});

describe('staging and publishing', () => {
  it('a staged file is a hidden temporary file beside its target, and the target is untouched', () => {
    const dir = tempDir();
    const staged = stageFiles([{ path: join(dir, 'a.md'), content: 'a', replaces: false }], asGiven);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(TEMPORARY_FILE);
    publishFiles(staged, asGiven);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('a failed publish removes the staged files not yet in place', () => {
    const dir = tempDir();
    const files = ['a.md', 'b.svg', 'c.svg'].map((name) => ({ path: join(dir, name), content: name }));
    const replaces = checkTargets(files);
    const staged = stageFiles(files.map((file, i) => ({ ...file, replaces: replaces[i] ?? false })), asGiven);
    // Something takes b.svg's place after the check: a folder, so the name is not free.
    mkdirSync(join(dir, 'b.svg'));
    writeFileSync(join(dir, 'b.svg', 'keep'), 'x');
    expect(() => publishFiles(staged, asGiven)).toThrow(`${join(dir, 'b.svg')} already exists (another command wrote it just now); use --force to replace it; nothing was written`);
    // a.md, published before b.svg failed, is taken back: nothing of this run remains.
    expect(readdirSync(dir).sort()).toEqual(['b.svg']);
  });

  it('a failed staging removes what it staged and touches no target', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const files = [{ path: join(dir, 'a.md'), content: 'a', replaces: false }, { path: join(dir, 'file', 'b.svg'), content: 'b', replaces: false }];
    expect(() => stageFiles(files, asGiven)).toThrow(`cannot write ${join(dir, 'file', 'b.svg')}: a part of the path is a file, not a folder; nothing was written`);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('exclusive creation and undo', () => {
  const stageAll = (files: { path: string; content: string }[], force = false) => {
    const replaces = checkTargets(files, { force });
    return stageFiles(files.map((file, i) => ({ ...file, replaces: replaces[i] ?? false })), asGiven);
  };

  it("a name another command takes after the check is never replaced without force: its file stays, and this run's files go", () => {
    const dir = tempDir();
    const staged = stageAll(['a.md', 'b.md'].map((name) => ({ path: join(dir, name), content: `mine ${name}` })));
    writeFileSync(join(dir, 'b.md'), 'theirs');
    expect(() => publishFiles(staged, asGiven)).toThrow('b.md already exists (another command wrote it just now); use --force to replace it; nothing was written');
    expect(readdirSync(dir)).toEqual(['b.md']);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('theirs');
  });

  it('with force, files it replaced are put back when a later one fails, and no backup or temporary file is left', () => {
    const dir = tempDir();
    for (const name of ['a.md', 'b.md']) writeFileSync(join(dir, name), `old ${name}`);
    const staged = stageAll(['new.md', 'a.md', 'b.md'].map((name) => ({ path: join(dir, name), content: `new ${name}` })), true);
    // b.md, published last, turns into a folder meanwhile: renaming a file over it fails.
    execFileSync('rm', [join(dir, 'b.md')]);
    mkdirSync(join(dir, 'b.md'));
    writeFileSync(join(dir, 'b.md', 'keep'), 'x');
    expect(() => publishFiles(staged, asGiven, true)).toThrow(`cannot write ${join(dir, 'b.md')}: `);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a.md');
  });

  it('removes the folders it made when it fails', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.md'), 'x');
    const files = [{ path: join(dir, 'new', 'deep', 'a.md'), content: 'a' }, { path: join(dir, 'new', 'deep', 'b.md'), content: 'b' }];
    const replaces = checkTargets(files);
    const folders: string[] = [];
    const staged = stageFiles(files.map((file, i) => ({ ...file, replaces: replaces[i] ?? false })), asGiven, folders);
    writeFileSync(join(dir, 'new', 'deep', 'b.md'), 'theirs');
    expect(() => publishFiles(staged, asGiven)).toThrow('already exists');
    expect(readdirSync(join(dir, 'new', 'deep'))).toEqual(['b.md']);
    expect(folders.sort()).toEqual([join(dir, 'new'), join(dir, 'new', 'deep')]);
  });
});

describe('targets that are never replaced, even with force', () => {
  it.each([
    ['a dangling symbolic link', (dir: string) => symlinkSync(join(dir, 'missing.md'), join(dir, 'out.md')), 'it is a symbolic link to nothing (its target does not exist)'],
    ['a link to a file outside its folder', (dir: string) => (writeFileSync(join(dir, 'outside.md'), 'keep'), mkdirSync(join(dir, 'sub')), symlinkSync(join(dir, 'outside.md'), join(dir, 'sub', 'out.md'))), 'it is a symbolic link leading outside its folder'],
    ['a link to a character device', (dir: string) => symlinkSync('/dev/null', join(dir, 'out.md')), 'it is a character device, not a file, and is never replaced'],
    ['a link to /proc/self/fd/1', (dir: string) => symlinkSync('/proc/self/fd/1', join(dir, 'out.md')), 'is never replaced'],
    ['a named pipe', (dir: string) => execFileSync('mkfifo', [join(dir, 'out.md')]), 'it is a named pipe, not a file, and is never replaced'],
  ])('refuses %s', (_name, make, message) => {
    const dir = tempDir();
    make(dir);
    const target = readdirSync(dir).includes('sub') ? join(dir, 'sub', 'out.md') : join(dir, 'out.md');
    const before = readdirSync(dir, { recursive: true }).sort();
    for (const force of [false, true]) expect(() => writeFilesAtomic([{ path: target, content: 'new' }], { force })).toThrow(message);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });

  it('replaces, with force, a link to a file in its own folder (the link, not the file it leads to)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'out.md'));
    expect(() => writeFilesAtomic([{ path: join(dir, 'out.md'), content: 'new' }])).toThrow('already exists; use --force');
    writeFilesAtomic([{ path: join(dir, 'out.md'), content: 'new' }], { force: true });
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('old');
  });
});
