import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../../src/write/check-targets.js';
import { publishFiles, stageFiles } from '../../../src/write/stage.js';
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
    const staged = stageFiles([{ path: join(dir, 'a.md'), content: 'a' }], asGiven);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(TEMPORARY_FILE);
    publishFiles(staged, asGiven);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('a failed publish removes the staged files not yet in place', () => {
    const dir = tempDir();
    const files = ['a.md', 'b.svg', 'c.svg'].map((name) => ({ path: join(dir, name), content: name }));
    checkTargets(files);
    const staged = stageFiles(files, asGiven);
    // Something takes b.svg's place after the check: a folder, which a file cannot be renamed over.
    mkdirSync(join(dir, 'b.svg'));
    writeFileSync(join(dir, 'b.svg', 'keep'), 'x');
    expect(() => publishFiles(staged, asGiven)).toThrow(`cannot write ${join(dir, 'b.svg')}: `);
    expect(readdirSync(dir).filter((name) => TEMPORARY_FILE.test(name))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.svg']);
  });

  it('a failed staging removes what it staged and touches no target', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const files = [{ path: join(dir, 'a.md'), content: 'a' }, { path: join(dir, 'file', 'b.svg'), content: 'b' }];
    expect(() => stageFiles(files, asGiven)).toThrow(`cannot write ${join(dir, 'file', 'b.svg')}: `);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
