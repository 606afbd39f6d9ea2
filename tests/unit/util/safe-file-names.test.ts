import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReportPath } from '../../../src/cli/actions/report.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { safeFileStem } from '../../../src/util/file-names.js';

// Output names built from respondent or team names stay inside the output folder (through the
// built CLI: tests/cli/safe-file-names-cli.test.ts).

describe('safeFileStem', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['/absolute/path', 'absolute-path'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['\\\\server\\share', 'server-share'],
    ['..', ''],
    ['', ''],
    ['   ', ''],
    ['Anna Kowalski', 'anna-kowalski'],
    ['José Ñúñez', 'jose-nunez'],
    ['Ａｎｎａ／．．／ｅｔｃ', 'anna-etc'],
    ['\u202eexe.md', 'exe-md'],
    ['a\u0000b\u001b[31mc', 'a-b-31mc'],
    ['nul', 'nul_'],
    ['CON', 'con_'],
    ['com1', 'com1_'],
    ['____a____', 'a'],
    ['张伟', ''],
    ['x'.repeat(100), 'x'.repeat(60)],
    [`a${'_'.repeat(100_000)}b`, 'a'],
  ])('%j → %j', (text, stem) => {
    expect(safeFileStem(text)).toBe(stem);
  });

  it('gives, for any text, a name that stays in its folder', () => {
    const folder = resolve('/out');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 30 }), (text, noise) => {
        const stem = safeFileStem(text + noise);
        expect(stem).toMatch(/^([a-z0-9]([a-z0-9_-]*[a-z0-9])?_?)?$/);
        const path = join(folder, `${stem || 'fallback'}.md`);
        const rel = relative(folder, path);
        expect(rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep)).toBe(false);
      }),
    );
  });
});

describe('default report paths', () => {
  const card = (respondent: Record<string, string>, completed?: string) =>
    ({ questionnaire: { id: 'service-culture', version: 1, title: 'T' }, respondent, completed, source: 'a.yaml' }) as unknown as Scorecard;

  it('use the respondent id, then the date, then today, always under reports/', () => {
    expect(defaultReportPath(card({ id: '../../etc/passwd' }))).toBe(join('reports', 'service-culture-etc-passwd.md'));
    expect(defaultReportPath(card({ id: '///' }, '2026-11-20'))).toBe(join('reports', 'service-culture-2026-11-20.md'));
    expect(defaultReportPath(card({ id: '张伟' }), new Date(2026, 10, 23))).toBe(join('reports', 'service-culture-2026-11-23.md'));
  });
});
