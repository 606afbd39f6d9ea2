import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { fixturePath, questionnaireFromFile, responseFromYaml } from '../../helpers/scoring.js';

const file = fixturePath('item-code-ids', 'codes.yaml');
const codes = questionnaireFromFile(file);
const answers = readFileSync(fixturePath('item-code-ids', 'answers.yaml'), 'utf8');

/** The fixture with one question's line replaced, parsed: its problems, or none. */
function problemsWith(from: string, to: string): string[] {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  try {
    parseQuestionnaire('codes.yaml', text.replace(from, to));
    return [];
  } catch (error) {
    return (error as Error).message.split('\n');
  }
}

describe('ids in either case, with digits, "-", "_" and "."', () => {
  it('validate: A1, a1, Q1_1, SQ001, D-SA-A-1 and E.2 are question ids, SAMM.Lite-2 a questionnaire id', () => {
    expect(codes.id).toBe('SAMM.Lite-2');
    expect(codes.sections.map((s) => s.id)).toEqual(['D-SA', 'E.2']);
    expect(codes.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(['A1', 'a1', 'Q1_1', 'SQ001', 'D-SA-A-1', 'E.2']);
  });

  it('score, a1 and A1 as two questions', () => {
    const card = scoreResponse(codes, responseFromYaml(codes, answers));
    const item = (id: string) => card.sections.flatMap((s) => s.items).find((i) => i.id === id)?.score;
    expect(item('A1')).toBe(1); // Strongly agree, position 5 of 5: (5-1)/(5-1)
    expect(item('a1')).toBe(0); // Strongly disagree, position 1 of 5
    expect(item('Q1_1')).toBe(1); // yes
    expect(item('SQ001')).toBe(0.5); // 5 on 0..10: (5-0)/(10-0)
    expect(item('D-SA-A-1')).toBe(0); // no
    expect(item('E.2')).toBe(0.75); // Agree, position 4 of 5: (4-1)/(5-1)
    // D-SA: (1 + 0 + 1 + 0.5) / 4 = 0.625; E.2: (0 + 0.75) / 2 = 0.375; overall (62.5 + 37.5) / 2 = 50
    expect(card.sections.map((s) => s.score)).toEqual([62.5, 37.5]);
    expect(card.overall.score).toBe(50);
  });

  it('matches answer keys exactly: a1 answers a1, never A1', () => {
    const onlyLower = answers.replace('  A1: Strongly agree\n', '');
    const card = scoreResponse(codes, responseFromYaml(codes, onlyLower));
    const item = (id: string) => card.sections.flatMap((s) => s.items).find((i) => i.id === id)?.status;
    expect(item('a1')).toBe('answered');
    expect(item('A1')).toBe('unanswered');
    expect(() => responseFromYaml(codes, answers.replace('  Q1_1:', '  q1_1:'))).toThrow(/unknown question id \\?"q1_1\\?"/);
  });

  it('finds duplicates exactly: a second A1 is one, a1 beside A1 is not', () => {
    expect(problemsWith('{ id: a1,', '{ id: A1,')).toEqual([expect.stringContaining('duplicate question id "A1"')]);
    expect(problemsWith('{ id: E.2,', '{ id: e.2,')).toEqual([]);
  });

  it('still refuses spaces and other punctuation, and a leading "-", "_" or "."', () => {
    for (const id of ['A 1', 'A/1', 'A:1', '.A1', '-A1', '_A1', 'Ä1']) {
      expect(problemsWith('{ id: SQ001,', `{ id: "${id}",`), id).toEqual([expect.stringContaining('must be letters, digits, "-", "_" or ".", starting with a letter or digit')]);
    }
  });
});
