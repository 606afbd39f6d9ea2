import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiblingMapping, siblingMappingFile } from '../../../src/load/sibling-mapping.js';
import { InvalidInputError } from '../../../src/util/errors.js';
import { tempDir } from '../../helpers/cli.js';

describe('siblingMappingFile', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'answers'));
  for (const file of ['answers/both.map.yaml', 'answers/both.map.yml', 'answers/yml.map.yml', 'answers/Upper.map.yaml', 'other.map.yaml']) writeFileSync(join(dir, file), 'columns: {}\n');

  it('is the .map.yaml beside the export with its base name, else the .map.yml, named as the export is', () => {
    expect(siblingMappingFile('answers/both.csv', dir)).toBe('answers/both.map.yaml');
    expect(siblingMappingFile('answers/yml.csv', dir)).toBe('answers/yml.map.yml');
    expect(siblingMappingFile('answers/Upper.CSV', dir)).toBe('answers/Upper.map.yaml');
    expect(siblingMappingFile(join(dir, 'answers/both.csv'), '/')).toBe(join(dir, 'answers/both.map.yaml'));
  });

  it('is none for an export without one beside it, or for a file that is not an export', () => {
    expect(siblingMappingFile('answers/none.csv', dir)).toBeUndefined();
    expect(siblingMappingFile('answers/other.csv', dir)).toBeUndefined();
    expect(siblingMappingFile('answers/both', dir)).toBeUndefined();
  });
});

describe('loadSiblingMapping', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.map.yaml'), 'questionnaire: five-ways\ncolumns:\n  Team: { attribute: team }\n');
  writeFileSync(join(dir, 'bad.map.yaml'), 'colums: {}\n');

  it('reads and checks it, naming it as found', () => {
    expect(loadSiblingMapping('good.csv', dir)?.mapping).toEqual({ questionnaire: 'five-ways', columns: { Team: { attribute: 'team' } } });
    expect(loadSiblingMapping('none.csv', dir)).toBeUndefined();
    expect(() => loadSiblingMapping('bad.csv', dir)).toThrow(InvalidInputError);
    try {
      loadSiblingMapping('bad.csv', dir);
    } catch (error) {
      expect((error as InvalidInputError).problems[0]?.file).toBe('bad.map.yaml');
    }
  });
});
