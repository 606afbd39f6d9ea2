import { describe, expect, it } from 'vitest';
import { csvRowReader, responseCells } from '../../../src/answers/csv-row.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { exportCoverage } from '../../../src/answers/export-coverage.js';
import { parseCsvMapping } from '../../../src/answers/csv-mapping.js';
import { detectFormTool, formToolNamed } from '../../../src/answers/form-tools/registry.js';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';
import { formatProblem } from '../../../src/util/errors.js';

/** A questionnaire with a multi-select, a yes/no, a 0–10 rating and a likert item. */
const survey = questionnaireSchema().parse({
  id: 'survey',
  version: 1,
  title: 'Survey',
  scales: { agree: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] },
  rubric: [{ min: 0, label: 'Any' }],
  sections: [
    {
      id: 's',
      title: 'Section',
      questions: [
        { id: 'why', text: 'Why do customers choose us?', type: 'multi', options: [{ label: 'Expert advice', score: 1 }, { label: 'Lowest price', score: 0.5 }, { label: "I don't know", score: 0 }] },
        { id: 'price', text: 'Is the full price known up front?', type: 'yesno' },
        { id: 'rate', text: 'How easy are we? (0 to 10)', type: 'rating', min: 0, max: 10 },
        { id: 'kept', text: 'We keep our promises.', type: 'likert', scale: 'agree' },
      ],
    },
  ],
});

describe('detectFormTool', () => {
  it('tells each tool by its header rows, and takes anything else as a plain CSV', () => {
    const cases: [string[][], string][] = [
      [[['StartDate', 'EndDate', 'Status', 'Finished', 'ResponseId', 'Q1'], ['Start Date', 'End Date', 'Response Type', 'Finished', 'Response ID', 'Why?'], ['{"ImportId":"startDate"}']], 'qualtrics'],
      [[['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'Why?'], ['', '', '', '', 'Response']], 'surveymonkey'],
      [[['id', 'submitdate', 'lastpage', 'startlanguage', 'G1Q1']], 'limesurvey'],
      [[['Response ID', 'Date submitted', 'Last page', 'Start language', 'Why?']], 'limesurvey'],
      [[['#', 'Why?', 'Response Type', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID', 'Tags']], 'typeform'],
      [[['Submission ID', 'Respondent ID', 'Submitted at', 'Why?']], 'tally'],
      [[['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Why?']], 'microsoft-forms'],
      [[['Timestamp', 'Email Address', 'Why?']], 'google-forms'],
      [[['id', 'role', 'why']], 'csv'],
    ];
    for (const [rows, tool] of cases) expect(detectFormTool(rows).name, rows[0]?.join(',')).toBe(tool);
  });

  it('counts three header rows for a Qualtrics export with ImportIds, two for an older one', () => {
    const qualtrics = formToolNamed('qualtrics');
    expect(qualtrics.headerRows([['ResponseId'], ['Response ID'], ['{"ImportId":"_recordId"}']])).toBe(3);
    expect(qualtrics.headerRows([['ResponseId', 'Finished'], ['Response ID', 'Finished'], ['R_1', 'True']])).toBe(2);
  });

  it('counts one header row when the others were deleted by hand, so no respondent is read as a header', () => {
    expect(formToolNamed('qualtrics').headerRows([['ResponseId', 'Finished', 'Q1'], ['R_1', 'True', 'Agree']])).toBe(1);
    expect(formToolNamed('surveymonkey').headerRows([['Respondent ID', 'Collector ID', 'Why?', ''], ['118001037389', '412345678', 'Expert advice', '']])).toBe(1);
    expect(formToolNamed('surveymonkey').headerRows([['Respondent ID', 'Collector ID', 'Why?', ''], ['', '', 'Expert advice', 'Lowest price']])).toBe(2);
  });

  it("knows a Qualtrics export of numeric values by its Finished column's 1 and 0", () => {
    const qualtrics = formToolNamed('qualtrics');
    const header = [['Finished', 'Q1'], ['Finished', 'Why?'], ['{"ImportId":"finished"}', '{"ImportId":"QID1"}']];
    expect(qualtrics.codedAnswers?.([...header, ['1', '1,2']], 3)).toBe(true);
    expect(qualtrics.codedAnswers?.([...header, ['True', 'Expert advice']], 3)).toBe(false);
  });

  it('gives each SurveyMonkey column the question above it and the label row 2 gives it', () => {
    const columns = formToolNamed('surveymonkey').columns([
      ['Respondent ID', 'Why do customers choose us?', '', '', 'We keep our promises.'],
      ['', 'Expert advice', 'Lowest price', "I don't know", 'Response'],
    ]);
    expect(columns.map((column) => [column.header, column.label])).toEqual([
      ['Respondent ID', undefined],
      ['Why do customers choose us?', 'Expert advice'],
      ['Why do customers choose us?', 'Lowest price'],
      ['Why do customers choose us?', "I don't know"],
      ['We keep our promises.', undefined],
    ]);
  });
});

/** The answers of rows read with these headers, as `team` and `import` read them. */
function answersOf(headers: Parameters<typeof resolveColumns>[1], rows: string[][], tool = formToolNamed('csv')) {
  const resolved = resolveColumns('e.csv', headers, survey, undefined, tool);
  expect(resolved.problems.map(formatProblem)).toEqual([]);
  const reader = csvRowReader('e.csv', resolved.columns, responseCells(survey));
  return rows.map((row, i) => {
    const result = reader.read(i + 2, row);
    return result.ok === true ? result.row.cells.answers : result;
  });
}

describe('a multi-select spread over a column per option', () => {
  it('reads `Question [Option]` columns (LimeSurvey) with Y, Yes or the label as a tick, and N, No, 0 or blank as none', () => {
    const headers = ['Why do customers choose us? [Expert advice]', 'Why do customers choose us? [Lowest price]', "Why do customers choose us? [I don't know]"];
    expect(answersOf(headers, [['Y', 'Y', ''], ['No', 'Yes', 'N'], ['', '0', ''], ['Expert advice', '', "I don't know"]])).toEqual([
      { why: { kind: 'multi', indices: [0, 1] } },
      { why: { kind: 'multi', indices: [1] } },
      {},
      { why: { kind: 'multi', indices: [0, 2] } },
    ]);
  });

  it('reads columns headed by the option alone (Typeform), and Typeform yes/no as 1 and 0', () => {
    const headers = ['#', 'Expert advice', 'Lowest price', "I don't know", 'Is the full price known up front?', 'Submit Date (UTC)'];
    expect(answersOf(headers, [['a1', 'Expert advice', '', '', '1', '2026-11-16 09:05:12'], ['a2', '', 'Lowest price', '', '0', '']], formToolNamed('typeform'))).toEqual([
      { why: { kind: 'multi', indices: [0] }, price: { kind: 'yesno', yes: true } },
      { why: { kind: 'multi', indices: [1] }, price: { kind: 'yesno', yes: false } },
    ]);
  });

  it('marks a response unfinished by the tool: a blank submit date, or Finished False', () => {
    const typeform = resolveColumns('e.csv', ['#', 'We keep our promises.', 'Submit Date (UTC)'], survey, undefined, formToolNamed('typeform'));
    const read = csvRowReader('e.csv', typeform.columns, responseCells(survey));
    const rows = [read.read(2, ['a', 'Agree', '2026-11-16 09:05:12']), read.read(3, ['b', 'Agree', ''])];
    expect(rows.map((row) => row.ok === true && [row.row.respondent.id, row.row.completed, row.row.unfinished])).toEqual([
      ['a', '2026-11-16', undefined],
      ['b', undefined, true],
    ]);
    const qualtrics = resolveColumns('e.csv', [{ header: 'Finished', alternatives: ['Finished'] }, { header: 'We keep our promises.', alternatives: ['Q1'] }], survey, undefined, formToolNamed('qualtrics'));
    const readQualtrics = csvRowReader('e.csv', qualtrics.columns, responseCells(survey));
    expect(['True', 'False', '1', '0', 'maybe'].map((finished) => readQualtrics.read(4, [finished, 'Agree'])).map((row) => row.ok === true && row.row.unfinished === true)).toEqual([false, true, false, true, false]);
    // A metadata cell never stops a run: one warning for the column, at the end.
    expect(readQualtrics.warnings()).toEqual(['e.csv: column 1 "Finished": 1 cell says neither finished nor unfinished (such as "maybe"); read as finished']);
  });

  it('refuses the export when some options have no column: their ticks would be missing', () => {
    const resolved = resolveColumns('e.csv', ['Why do customers choose us? [Expert advice]', 'Why do customers choose us? [Lowest price]', 'rate', 'kept', 'price'], survey);
    expect(resolved.partial).toEqual([{ questionId: 'why', missing: ["I don't know"] }]);
    expect(exportCoverage(survey, resolved.columns, resolved.unmatched, resolved.partial)).toMatchObject({ matched: 4, missingScored: [], partial: [{ questionId: 'why' }] });
  });

  it("refuses an option column the question does not have, but leaves out a tool's Other with a warning", () => {
    const resolved = resolveColumns('e.csv', ['Why do customers choose us? [Best value]', 'Why do customers choose us? [Other (please specify)]', 'kept'], survey);
    expect(resolved.problems.map(formatProblem)).toEqual([
      `e.csv:1:1: column "Why do customers choose us? [Best value]" is an option question "why" does not have (its options: Expert advice, Lowest price, I don't know); map it in a mapping file, or to ignore`,
    ]);
    expect(resolved.warnings).toEqual([`e.csv: column 2 "Why do customers choose us? [Other (please specify)]" is an option "why" does not have; its ticks are left out`]);
  });

  it('refuses a question read both from one column and from option columns', () => {
    const resolved = resolveColumns('e.csv', ['why', 'Why do customers choose us? [Lowest price]'], survey);
    expect(resolved.problems.map(formatProblem)).toEqual([
      'e.csv:1:2: columns 1 "why" and 2 "Why do customers choose us? [Lowest price]" both give question "why" (the whole answer and one option); set one to ignore in a mapping file',
    ]);
  });

  it('joins columns a mapping file points at one multi-select, each recoded to its option (LimeSurvey codes)', () => {
    const mapping = parseCsvMapping('e.map.yaml', 'columns:\n  W[SQ001]: { question: why, values: { Y: Expert advice } }\n  W[SQ002]: { question: why, values: { Y: Lowest price } }\n');
    const resolved = resolveColumns('e.csv', ['W[SQ001]', 'W[SQ002]'], survey, mapping);
    expect(resolved.problems).toEqual([]);
    const read = csvRowReader('e.csv', resolved.columns, responseCells(survey));
    const row = read.read(2, ['Y', 'Y']);
    expect(row.ok === true && row.row.cells.answers).toEqual({ why: { kind: 'multi', indices: [0, 1] } });
  });
});

describe('a grid question, one column per row', () => {
  it('reads `Title [Row]` (Google Forms) and `Title - Row` (Qualtrics) as the question whose text is the row', () => {
    expect(answersOf(['Promises [We keep our promises.]'], [['Agree']])).toEqual([{ kept: { kind: 'likert', position: 4 } }]);
    expect(answersOf(['Reliable - We keep our promises.'], [['Agree']])).toEqual([{ kept: { kind: 'likert', position: 4 } }]);
  });
});

describe('an export of numeric codes', () => {
  it('is refused while numbers, yes/no and multi-selects have no recode, in one message naming each column', () => {
    const qualtrics = formToolNamed('qualtrics');
    const headers = ['Why do customers choose us?', 'Is the full price known up front?', 'How easy are we? (0 to 10)', 'We keep our promises.'].map((header, i) => ({ header, alternatives: [`Q${i + 1}`] }));
    const resolved = resolveColumns('e.csv', headers, survey, undefined, qualtrics, true);
    expect(resolved.problems.map(formatProblem)).toEqual([
      'e.csv:1:1: is a Qualtrics export of numeric codes, and 3 columns have no recode: 1 "Why do customers choose us?" (why), 2 "Is the full price known up front…" (price), 3 "How easy are we? (0 to 10)" (rate); say what each code means in a mapping file (`values:` or `offset:`; `culture-audit map e.csv -q survey` writes a starter), or export again with "Use choice text"',
    ]);
    const mapping = parseCsvMapping('e.map.yaml', 'columns:\n  Q1: { question: why, values: { "1": Expert advice, "2": Lowest price } }\n  Q2: { question: price, values: { "1": yes, "2": no } }\n  Q3: { question: rate, offset: -1 }\n');
    expect(resolveColumns('e.csv', headers, survey, mapping, qualtrics, true).problems).toEqual([]);
  });
});
