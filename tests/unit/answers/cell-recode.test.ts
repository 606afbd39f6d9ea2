import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoder } from '../../../src/answers/cell-recode.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { parseCsvMapping } from '../../../src/answers/csv-mapping.js';
import { csvRowReader, responseCells } from '../../../src/answers/csv-row.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { formatProblem } from '../../../src/util/errors.js';
import { repoRoot } from '../../helpers/cli.js';

// The mapping file's `values` and `offset` (cell-recode.ts): how a numeric-code export's cells are read.
const file = join(repoRoot, 'tests/fixtures/interactive-run/questionnaires/all-types.yaml');
const allTypes = parseQuestionnaire(file, readFileSync(file, 'utf8'));

function resolve(mappingText: string, headers: string[]) {
  return resolveColumns('e.csv', headers, allTypes, parseCsvMapping('e.map.yaml', mappingText));
}

/** Each mapped column's recode of `cells`, in header order. */
function recoded(mappingText: string, cells: Record<string, string[]>): Record<string, string[]> {
  const resolved = resolve(mappingText, Object.keys(cells));
  expect(resolved.problems.map(formatProblem)).toEqual([]);
  const out: Record<string, string[]> = {};
  for (const column of resolved.columns) {
    const recode = column.role.kind === 'question' ? column.role.recode : undefined;
    out[column.header] = (cells[column.header] ?? []).map((cell) => (recode ? recode(cell) : cell));
  }
  return out;
}

describe('recodes in the mapping file', () => {
  it('read a cell that is a key of values as its value, and any other cell as it is', () => {
    const mapping = 'columns:\n  Q3: { question: yes-or-no, values: { "1": yes, "2": no } }\n';
    expect(recoded(mapping, { Q3: ['1', '2', 'yes', 'No', '3', ''] })).toEqual({ Q3: ['yes', 'no', 'yes', 'No', '3', ''] });
  });

  it('take labels, numbers, booleans and n/a as values', () => {
    const mapping = ['columns:', '  A: { question: agree, values: { AO01: Strongly agree, AO02: 2 } }', '  P: { question: pick, values: { "9": n/a, "1": Same day } }', '  Y: { question: yes-or-no, values: { "1": true, "0": false } }', ''].join('\n');
    expect(recoded(mapping, { A: ['AO01', 'AO02'], P: ['9', '1'], Y: ['1', '0'] })).toEqual({ A: ['Strongly agree', '2'], P: ['n/a', 'Same day'], Y: ['true', 'false'] });
  });

  it('add the offset to a numeric cell only, after values had their say', () => {
    const mapping = 'columns:\n  R: { question: rate, offset: -1, values: { "99": n/a } }\n  L: { question: agree, offset: 1 }\n';
    expect(recoded(mapping, { R: ['2', '6', '99', 'n/a', '4.5', ' '.trim()], L: ['0', '4', 'Agree'] })).toEqual({ R: ['1', '5', 'n/a', 'n/a', '3.5', ''], L: ['1', '5', 'Agree'] });
  });

  it('recode a multi cell whole when it is a key, else each ; or , piece that is one', () => {
    const mapping = 'columns:\n  C: { question: channels, values: { AO01: Phone, AO02: Email, AO03: Chat, "1,2": Chat } }\n';
    expect(recoded(mapping, { C: ['AO01;AO03', 'AO02, AO01', 'AO01', 'Phone;AO02', '1,2', 'Chat'] })).toEqual({ C: ['Phone;Chat', 'Email,Phone', 'Phone', 'Phone;Email', 'Chat', 'Chat'] });
  });

  it('leave a column without values or offset, and the short forms, unrecoded', () => {
    const resolved = resolve('columns:\n  A: agree\n  B: { question: rate }\n  C: { question: pick, values: {} }\n', ['A', 'B', 'C']);
    expect(resolved.columns.map((column) => column.role.kind === 'question' && column.role.recode)).toEqual([undefined, undefined, undefined]);
  });

  it('keep fractional offsets exact', () => {
    expect(recoder(new Map(), 0.1, false)('0.7')).toBe('0.8');
  });

  it('is applied as a row is read, so every reader of the cells sees the recoded answer', () => {
    const resolved = resolve('columns:\n  Q1: { question: agree, offset: 1 }\n  Q3: { question: yes-or-no, values: { "1": yes, "2": no } }\n', ['Q1', 'Q3']);
    const read = csvRowReader('e.csv', resolved.columns, responseCells(allTypes));
    const result = read.read(2, ['3', '2']);
    expect(result.ok === true && result.row.cells.answers).toEqual({ agree: { kind: 'likert', position: 4 }, 'yes-or-no': { kind: 'yesno', yes: false } });
  });
});

describe('recodes checked against the questionnaire, at their place in the mapping file', () => {
  it('refuse a value that is no answer to the question', () => {
    const mapping = ['columns:', '  Q3: { question: yes-or-no, values: { "1": yes, "2": maybe } }', '  P: { question: pick, values: { "1": Soon } }', '  C: { question: channels, values: { "1": Fax } }', ''].join('\n');
    expect(resolve(mapping, ['Q3', 'P', 'C']).problems.map(formatProblem)).toEqual([
      'e.map.yaml:2:55: column "Q3" recodes "2" to an answer question "yes-or-no" cannot take: must be yes or no (got "maybe")',
      'e.map.yaml:3:39: column "P" recodes "1" to an answer question "pick" cannot take: must be one of: Same day, Within a week, Never (got "Soon")',
      'e.map.yaml:4:43: column "C" recodes "1" to an answer question "channels" cannot take: must be a list of: Phone, Email, Chat (got "Fax")',
    ]);
  });

  it('refuse n/a where the question does not allow it', () => {
    const problems = resolve('columns:\n  Y: { question: yes-or-no, values: { "9": n/a } }\n', ['Y']).problems.map(formatProblem);
    expect(problems).toEqual(['e.map.yaml:2:44: column "Y" recodes "9" to an answer question "yes-or-no" cannot take: "n/a" is not allowed for this question (it has no `allowNA: true`)']);
  });

  it('refuse an offset on a question whose answers are not numbers', () => {
    const problems = resolve('columns:\n  P: { question: pick, offset: -1 }\n  C: { question: channels, offset: 1 }\n', ['P', 'C']).problems.map(formatProblem);
    expect(problems).toEqual([
      'e.map.yaml:2:32: column "P" has an offset, but question "pick" is choice, not a number (rating, likert position or nps)',
      'e.map.yaml:3:36: column "C" has an offset, but question "channels" is multi, not a number (rating, likert position or nps)',
    ]);
  });

  it('refuse values or offset on an attribute, and a value that is not text, a number or yes/no', () => {
    expect(() => parseCsvMapping('e.map.yaml', 'columns:\n  Role: { attribute: role, values: { "1": staff } }\n')).toThrow(/values/);
    expect(() => parseCsvMapping('e.map.yaml', 'columns:\n  Q: { question: rate, offset: one }\n')).toThrow(/offset/);
    expect(() => parseCsvMapping('e.map.yaml', 'columns:\n  Q: { question: rate, values: { "1": [a] } }\n')).toThrow(/values/);
 
  });

  it('name a misspelt or wrongly typed field of a column entry', () => {
    const problems = (text: string) => {
      try {
        parseCsvMapping('e.map.yaml', text);
        return [];
      } catch (error) {
        return (error as { problems: Parameters<typeof formatProblem>[0][] }).problems.map(formatProblem);
      }
    };
    expect(problems('columns:\n  Q: { question: rate, valeus: {} }\n')).toEqual(['e.map.yaml:2:24 columns.Q.valeus: unknown field "valeus" (did you mean "values"?)']);
    expect(problems('columns:\n  Q: { question: rate, offset: .inf }\n')).toEqual(['e.map.yaml:2:6 columns.Q: offset must be a number (got infinity)']);
  });
});

describe('recodes per question (`questions:` in the mapping file)', () => {
  it('apply to whichever column reads the question: by id, by text or by a column entry', () => {
    const mapping = ['questions:', '  yes-or-no: { values: { "1": yes, "2": no } }', '  rate: { offset: 1 }', 'columns:', '  Q9: agree', ''].join('\n');
    const agreeText = allTypes.sections[0]?.questions.find((question) => question.id === 'agree')?.text as string;
    expect(recoded(mapping, { 'yes-or-no': ['1', '2', 'yes'], rate: ['0', '4'], [agreeText]: ['4'] })).toEqual({ 'yes-or-no': ['yes', 'no', 'yes'], rate: ['1', '5'], [agreeText]: ['4'] });
    expect(recoded('questions:\n  agree: { offset: 1 }\ncolumns:\n  Q9: agree\n', { Q9: ['0', '4'] })).toEqual({ Q9: ['1', '5'] });
  });

  it("give way to a column entry's own values and offset, field by field", () => {
    const questions = 'questions:\n  rate: { values: { "-99": ~ }, offset: -1 }\n';
    // Its own values replace the question's (so -99 gets the question's offset, and is then out of range); the offset is the question's.
    expect(recoded(`${questions}columns:\n  A: { question: rate, values: { "9": n/a } }\n`, { A: ['9', '3', '-99'] })).toEqual({ A: ['n/a', '2', '-100'] });
    // Its own offset; the question's values.
    expect(recoded(`${questions}columns:\n  B: { question: rate, offset: 1 }\n`, { B: ['-99', '3'] })).toEqual({ B: ['', '4'] });
  });

  it('leave a cell recoded to ~ (null) unanswered, per column and per question, and drop such a piece of a multi cell', () => {
    const mapping = ['questions:', '  channels: { values: { AO01: Phone, "-99": ~ } }', 'columns:', '  Y: { question: yes-or-no, values: { "-99": ~, "1": yes } }', ''].join('\n');
    expect(recoded(mapping, { Y: ['-99', '1'], channels: ['-99', 'AO01;-99', '-99;AO01'] })).toEqual({ Y: ['', 'yes'], channels: ['', 'Phone', 'Phone'] });
    const resolved = resolve(mapping, ['Y', 'agree']);
    const read = csvRowReader('e.csv', resolved.columns, responseCells(allTypes));
    const result = read.read(2, ['-99', '3']);
    expect(result.ok === true && result.row.cells.answers).toEqual({ agree: { kind: 'likert', position: 3 } });
  });

  it('are checked once at their place, even with no column reading the question; an unknown id gets a did-you-mean', () => {
    const mapping = ['questions:', '  yes-or-no: { values: { "2": maybe } }', '  pick: { offset: 1 }', '  rat: { offset: 1 }', 'columns:', '  A: agree', ''].join('\n');
    expect(resolve(mapping, ['A']).problems.map(formatProblem)).toEqual([
      'e.map.yaml:2:31: question "yes-or-no" recodes "2" to an answer it cannot take: must be yes or no (got "maybe")',
      'e.map.yaml:3:19: question "pick" has an offset, but it is choice, not a number (rating, likert position or nps)',
      'e.map.yaml:4:3: questions: unknown question id "rat" in "all-types" (did you mean "rate"?)',
    ]);
  });

  it('name a misspelt field of a question entry', () => {
    try {
      parseCsvMapping('e.map.yaml', 'questions:\n  rate: { ofset: 1 }\n');
      expect.unreachable();
    } catch (error) {
      expect((error as { problems: Parameters<typeof formatProblem>[0][] }).problems.map(formatProblem)).toEqual(['e.map.yaml:2:11 questions.rate.ofset: unknown field "ofset" (did you mean "offset"?)']);
    }
  });
});
