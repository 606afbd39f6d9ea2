import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaireDir, findQuestionnaireFiles, resolveQuestionnaireFile } from '../../../src/load/questionnaire-files.js';
import { tempDir } from '../../helpers/cli.js';

/** A working folder whose ./questionnaires/ holds the given files: name → the id inside. */
function folderWith(files: Record<string, string>): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'questionnaires'));
  const builtIn = readFileSync(join(builtInQuestionnaireDir(), 'five-ways.yaml'), 'utf8');
  for (const [name, id] of Object.entries(files)) {
    writeFileSync(join(cwd, 'questionnaires', name), builtIn.replace(/^id: five-ways$/m, `id: ${id}`));
  }
  return cwd;
}

describe('questionnaires are found by the id inside the file', () => {
  it('finds a local file by its id, not by its name', () => {
    const cwd = folderWith({ 'acme.yaml': 'acme-audit' });
    expect(resolveQuestionnaireFile('acme-audit', cwd)).toBe(join(cwd, 'questionnaires', 'acme.yaml'));
    expect(() => resolveQuestionnaireFile('acme', cwd)).toThrow(
      'unknown questionnaire "acme" (did you mean "acme-audit"?); available: acme-audit, five-ways-customers, five-ways, pulse, service-culture, who-is-your-customer.',
    );
  });

  it('finds a built-in by its id, and matches ids exactly', () => {
    const cwd = folderWith({ 'five-ways.yaml': 'Five-Ways' });
    expect(resolveQuestionnaireFile('five-ways', cwd)).toBe(join(builtInQuestionnaireDir(), 'five-ways.yaml'));
    expect(resolveQuestionnaireFile('Five-Ways', cwd)).toBe(join(cwd, 'questionnaires', 'five-ways.yaml'));
  });

  it('lets a local id shadow a built-in with the same id, whatever the local file is called', () => {
    const cwd = folderWith({ 'my-copy.yaml': 'service-culture' });
    expect(resolveQuestionnaireFile('service-culture', cwd)).toBe(join(cwd, 'questionnaires', 'my-copy.yaml'));
    const listed = findQuestionnaireFiles(cwd).map(({ id, origin }) => `${id} ${origin}`);
    expect(listed).toEqual(['service-culture local', 'five-ways-customers built-in', 'five-ways built-in', 'pulse built-in', 'who-is-your-customer built-in']);
  });

  it('refuses an id two local files declare, naming both', () => {
    const cwd = folderWith({ 'a.yaml': 'acme-audit', 'b.yml': 'acme-audit', 'c.yaml': 'other' });
    expect(() => resolveQuestionnaireFile('acme-audit', cwd)).toThrow(
      'questionnaire id "acme-audit" is declared by 2 files: questionnaires/a.yaml, questionnaires/b.yml. Give each questionnaire its own id, or name one by path.',
    );
    expect(resolveQuestionnaireFile('other', cwd)).toBe(join(cwd, 'questionnaires', 'c.yaml'));
  });

  it('still takes a path as a path, and a file without a readable id is found by path only', () => {
    const cwd = folderWith({ 'acme.yaml': 'acme-audit' });
    writeFileSync(join(cwd, 'questionnaires', 'noid.yaml'), 'version: 1\n');
    expect(resolveQuestionnaireFile('questionnaires/noid.yaml', cwd)).toBe(join(cwd, 'questionnaires', 'noid.yaml'));
    expect(() => resolveQuestionnaireFile('noid', cwd)).toThrow('unknown questionnaire "noid"; available: acme-audit, five-ways');
    expect(findQuestionnaireFiles(cwd).find((entry) => entry.stem === 'noid')?.id).toBeUndefined();
  });
});
