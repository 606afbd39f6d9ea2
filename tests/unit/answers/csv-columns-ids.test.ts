import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { formatProblem } from '../../../src/util/errors.js';
import { fixturePath } from '../../helpers/scoring.js';

const text = readFileSync(fixturePath('item-code-ids', 'codes.yaml'), 'utf8');
const codes = parseQuestionnaire('codes.yaml', text);

/** Each header's question id, or its role when it names none. */
function targets(headers: string[], questionnaire = codes): string[] {
  return resolveColumns('e.csv', headers, questionnaire).columns.map(({ role }) => (role.kind === 'question' ? role.questionId : role.kind));
}

describe('CSV headers against ids that differ only in case', () => {
  it('match an id exactly first, so A1 and a1 are two columns', () => {
    expect(targets(['a1', 'A1', 'E.2'])).toEqual(['a1', 'A1', 'E.2']);
  });

  it('match in another case when only one id reads the same', () => {
    expect(targets(['q1_1', 'sq001', 'd-sa-a-1'])).toEqual(['Q1_1', 'SQ001', 'D-SA-A-1']);
  });

  it('refuse a header that matches two ids in another case, rather than guess', () => {
    const twoCases = parseQuestionnaire('codes.yaml', text.replace('{ id: A1,', '{ id: Ab,').replace('{ id: a1,', '{ id: aB,'));
    const resolved = resolveColumns('e.csv', ['AB', 'Q1_1'], twoCases);
    expect(resolved.problems.map(formatProblem)).toEqual([
      'e.csv:1:1: column "AB" matches several questions (Ab, aB); head it with one id exactly, or map it in a mapping file',
    ]);
  });
});
