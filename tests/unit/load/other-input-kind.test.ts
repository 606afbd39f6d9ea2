import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherInputKindOf, otherInputKindOfFile } from '../../../src/load/other-input-kind.js';
import { repoRoot, tempDir } from '../../helpers/cli.js';

describe('otherInputKindOf', () => {
  it.each([
    [{ questionnaire: 'service-culture', columns: { Timestamp: 'completed' } }, 'mapping'],
    [{ columns: {} }, 'mapping'],
    [{ id: 'x', title: 'X', sections: [], rubric: [] }, 'questionnaire'],
  ])('tells %j is a %s file', (data, kind) => {
    expect(otherInputKindOf(data)).toBe(kind);
  });

  it.each([
    // An answer file, even a broken one, is never taken for a mapping file or a questionnaire.
    [{ questionnaire: 'service-culture', answers: {} }],
    [{ questionnaire: 'service-culture', columns: {}, answers: {} }],
    [{ sections: [], rubric: [], answers: {} }],
    // An answer file with nothing but its questionnaire is valid: `columns` is what makes a mapping file.
    [{ questionnaire: 'service-culture' }],
    // A key the mapping format does not have: a broken answer file or a mistyped mapping, reported as it is.
    [{ columns: {}, respondent: { name: 'Ann' } }],
    [{ sections: [] }],
    [['columns']],
    ['columns: x'],
    [null],
  ])('leaves %j to be reported as an answer file', (data) => {
    expect(otherInputKindOf(data)).toBeUndefined();
  });
});

describe('otherInputKindOfFile', () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it('reads the sample mapping file and a built-in questionnaire by their keys', () => {
    expect(otherInputKindOfFile('examples/team/form-export.map.yaml', repoRoot)).toBe('mapping');
    expect(otherInputKindOfFile('questionnaires/service-culture.yaml', repoRoot)).toBe('questionnaire');
    expect(otherInputKindOfFile('examples/team/answers/owner-01.yaml', repoRoot)).toBeUndefined();
  });

  it('reads JSON too, whatever the name', () => {
    expect(otherInputKindOfFile(write('columns.json', '{"columns": {"Team": {"attribute": "team"}}}'), dir)).toBe('mapping');
  });

  it('says nothing about a file it cannot read or parse', () => {
    expect(otherInputKindOfFile(write('broken.map.yaml', 'columns: [\n'), dir)).toBeUndefined();
    expect(otherInputKindOfFile(write('empty.map.yaml', ''), dir)).toBeUndefined();
    expect(otherInputKindOfFile('missing.map.yaml', dir)).toBeUndefined();
  });
});
