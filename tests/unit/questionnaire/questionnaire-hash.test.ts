import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireHash } from '../../../src/questionnaire/hash.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { fixturePath } from '../../helpers/scoring.js';

const text = readFileSync(fixturePath('scoring', 'mini.yaml'), 'utf8');
const hashOf = (yaml: string) => questionnaireHash(parseQuestionnaire('mini.yaml', yaml));
// mini's multi question m1, written with the option "None" on a line we can edit.
const NONE = '{ label: None, score: 0 }';

describe('the questionnaire hash answer files record', () => {
  it('is the same whether fields the format gained later are left out or written at their defaults', () => {
    expect(text).toContain(NONE);
    const explicit = text.replace(NONE, '{ label: None, score: 0, exclusive: false }').replace('        type: multi\n', '        type: multi\n        scoring: sum\n');
    expect(explicit).not.toBe(text);
    expect(hashOf(explicit)).toBe(hashOf(text));
  });

  it('changes when they are used', () => {
    expect(hashOf(text.replace(NONE, '{ label: None, score: 0, exclusive: true }'))).not.toBe(hashOf(text));
    expect(hashOf(text.replace('        type: multi\n', '        type: multi\n        scoring: mean\n'))).not.toBe(hashOf(text));
  });
});
