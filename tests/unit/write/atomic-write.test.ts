import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPORARY_FILE } from '../../../src/write/temporary-path.js';
import { writeFileAtomic } from '../../../src/write/write-files.js';
import { tempDir } from '../../helpers/cli.js';

// Every file is written to a temporary name in its folder and renamed. Killing a writer at random
// moments, and what reads a leftover temporary file, are in tests/cli/atomic-write-cli.test.ts.

const dir = tempDir();

describe('writeFileAtomic', () => {
  it('refuses to replace a file without force, and replaces it with force', () => {
    const target = join(dir, 'report.md');
    writeFileAtomic(target, 'old');
    expect(() => writeFileAtomic(target, 'new')).toThrow(`${target} already exists; use --force to replace it`);
    writeFileAtomic(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it.each([
    ['a folder as the target', () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')), /: it is a folder; give a file name$/],
    ['a file as a parent folder', () => (writeFileSync(join(dir, 'file'), 'x'), join(dir, 'file', 'report.md')), /^cannot write .*report\.md: a part of the path is a file, not a folder$/],
  ])('turns %s into one clear error and leaves no temporary file', (_name, target, message) => {
    const before = readdirSync(dir).sort();
    expect(() => writeFileAtomic(target(), 'x', { force: true })).toThrow(message);
    expect(readdirSync(dir).filter((f) => TEMPORARY_FILE.test(f))).toEqual([]);
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(before.length);
  });

  it('writes a name near the system limit (255 bytes), which its temporary name must not push over', () => {
    const target = join(dir, `${'n'.repeat(250)}.md`);
    writeFileAtomic(target, 'long');
    expect(readFileSync(target, 'utf8')).toBe('long');
  });
});
