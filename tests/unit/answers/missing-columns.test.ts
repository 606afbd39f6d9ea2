import { describe, expect, it } from 'vitest';
import { collapseColumnProblems } from '../../../src/answers/column-problems.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { exportCoverage } from '../../../src/answers/export-coverage.js';
import { checkAllowMissing, missingColumnsProblem, parseAllowMissing, refusedMissing } from '../../../src/answers/missing-columns.js';
import { formatProblem, type Problem } from '../../../src/util/errors.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

/** The coverage of an export with these headers, as the reader works it out. */
function coverageOf(headers: string[]) {
  const resolved = resolveColumns('e.csv', headers, tinyQuestionnaire);
  return exportCoverage(tinyQuestionnaire, resolved.columns, resolved.unmatched);
}

describe('which questions an export has no column for', () => {
  it('tells scored questions from free text, and counts every column read as nothing', () => {
    // A grid row as Google Forms heads it, `Title [Row]`, whose row is no question's text.
    const coverage = coverageOf(['Timestamp', 'Email', 'Leaders [Leaders set no example.]', 'q2', 'q4', '']);
    expect(coverage).toEqual({ questions: 5, matched: 2, missingScored: ['q1', 'q3'], missingUnscored: ['q5'], partial: [], ignored: 3, unmatched: ['Email', 'Leaders [Leaders set no example.]'] });
  });

  it('reads a grid row whose row is a question text as that question', () => {
    const coverage = coverageOf(['Leaders [Leaders set the example.]', 'q2', 'q4']);
    expect(coverage).toMatchObject({ matched: 3, missingScored: ['q3'] });
  });

  it('refuses the scored ones --allow-missing does not name, and none with all', () => {
    const coverage = coverageOf(['q2', 'q4']);
    expect(refusedMissing(coverage, undefined)).toEqual(['q1', 'q3']);
    expect(refusedMissing(coverage, parseAllowMissing('q3'))).toEqual(['q1']);
    expect(refusedMissing(coverage, parseAllowMissing('q1, q3'))).toEqual([]);
    expect(refusedMissing(coverage, parseAllowMissing('all'))).toEqual([]);
    // Free text missing is no reason to refuse.
    expect(refusedMissing(coverageOf(['q1', 'q2', 'q3', 'q4']), undefined)).toEqual([]);
  });

  it('says it in one message: the file, the ids with their text, the unmatched columns (cut in the middle) and what to do', () => {
    const grid = 'Leadership in this company [Leaders set an example.]';
    const coverage = coverageOf(['id', grid, 'q2', 'q4']);
    expect(formatProblem(missingColumnsProblem('e.csv', tinyQuestionnaire, coverage, refusedMissing(coverage, undefined)))).toBe(
      'e.csv:1:1: 2 scored questions have no column: q1 ("Leaders set the example."), q3 ("Can staff refund?"); ' +
        'unmatched columns: "Leadership in this compa…ers set an example.]"; ' +
        'name a column for each in a mapping file (`culture-audit map e.csv -q tiny` writes a starter; see README, Form exports), or accept it with --allow-missing <ids|all>',
    );
  });
});

describe('--allow-missing', () => {
  it('takes comma-separated ids or all', () => {
    expect(parseAllowMissing(undefined)).toBeUndefined();
    expect(parseAllowMissing('all')).toBe('all');
    expect(parseAllowMissing(' q1 ,q3,')).toEqual(new Set(['q1', 'q3']));
    expect(() => parseAllowMissing(' , ')).toThrow('--allow-missing needs question ids (comma-separated) or all');
  });

  it('refuses an id that is no question of the questionnaire, with the likely one', () => {
    expect(() => checkAllowMissing(parseAllowMissing('q1,q33'), tinyQuestionnaire)).toThrow('--allow-missing: "q33" is not a question of "tiny" (did you mean "q3"?)');
    expect(() => checkAllowMissing(parseAllowMissing('q1,q3'), tinyQuestionnaire)).not.toThrow();
    expect(() => checkAllowMissing('all', tinyQuestionnaire)).not.toThrow();
  });
});

describe('collapseColumnProblems', () => {
  const cell = (line: number, col: number, got: string): Problem => ({ file: 'e.csv', line, col, path: `column ${col} "q4"`, message: `must be a number from 0 to 10 (got "${got}")` });

  it('folds one rule broken in one column on four or more rows into one problem at the first', () => {
    const other: Problem = { file: 'e.csv', line: 3, message: 'is not UTF-8 text' };
    const problems = [cell(2, 3, '11'), cell(3, 3, '11'), other, cell(4, 3, '12'), cell(5, 3, '13'), cell(6, 3, '14'), cell(4, 2, 'x')];
    expect(collapseColumnProblems(problems).map(formatProblem)).toEqual([
      'e.csv:2:3 column 3 "q4": 5 rows, lines 2 to 6: must be a number from 0 to 10 (got "11", "12", "13", and 1 more); a column coded another way needs recodes in a mapping file (`culture-audit map e.csv -q <questionnaire>` writes a starter), or a new export with answer labels',
      'e.csv:3:1: is not UTF-8 text',
      'e.csv:4:2 column 2 "q4": must be a number from 0 to 10 (got "x")',
    ]);
  });

  it('leaves three bad cells in a column as they are', () => {
    const problems = [cell(2, 3, '11'), cell(3, 3, '11'), cell(4, 3, '11')];
    expect(collapseColumnProblems(problems)).toEqual(problems);
  });
});
