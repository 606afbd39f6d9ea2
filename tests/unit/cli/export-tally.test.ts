import { describe, expect, it } from 'vitest';
import type { CsvHeaderEvent } from '../../../src/answers/csv-import.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { exportCoverage, recordsCoverage } from '../../../src/answers/export-coverage.js';
import type { RecordsCoverageEvent } from '../../../src/answers/json-records.js';
import { parseAllowMissing } from '../../../src/answers/missing-columns.js';
import { ExportTally } from '../../../src/cli/actions/export-tally.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

function header(file: string, headers: string[]): CsvHeaderEvent {
  const resolved = resolveColumns(file, headers, tinyQuestionnaire);
  return { kind: 'header', file, questionnaire: tinyQuestionnaire, tool: 'CSV', coverage: exportCoverage(tinyQuestionnaire, resolved.columns, resolved.unmatched), warnings: resolved.warnings };
}

describe('ExportTally', () => {
  it('refuses an export without a scored column: no warnings, its rows and row problems dropped, no summary line', () => {
    const tally = new ExportTally(undefined);
    const refused = tally.header(header('a.csv', ['q1', 'q2', 'q4', 'Extra']));
    expect(refused.problem?.message).toMatch(/^1 scored question has no column: q3 /);
    expect(refused.warnings).toEqual([]);
    expect(tally.response()).toBe(false);
    expect(tally.problems([{ file: 'a.csv', line: 2, message: 'bad' }])).toEqual([]);
    expect(tally.summaryLines()).toEqual([]);
    expect(tally.notAsked()).toEqual([]);
  });

  it('counts what an accepted export read, and names what it did not ask: scored ones by --allow-missing, free text as a note', () => {
    const tally = new ExportTally(parseAllowMissing('q3'));
    expect(tally.header(header('b.csv', ['q1', 'q2', 'q4', 'Extra'])).problem).toBeUndefined();
    expect(tally.response()).toBe(true);
    expect(tally.response()).toBe(true);
    expect(tally.problems([{ file: 'b.csv', line: 4, message: 'bad' }])).toHaveLength(1);
    expect(tally.header(header('c.csv', ['q1', 'q2', 'q3', 'q4', 'q5'])).problem).toBeUndefined();
    expect(tally.response()).toBe(true);
    expect(tally.summaryLines()).toEqual([
      'b.csv: 2 responses, 1 invalid row, 3 of 5 questions matched, 1 column ignored; not asked: q3 (--allow-missing); q5 (unscored)',
      'c.csv: 1 response, 5 of 5 questions matched, 0 columns ignored',
    ]);
    expect(tally.notAsked()).toEqual(['q3']);
  });

  it('judges a JSON records file at its end by the same rule, in keys: the misspelt key is named, and the summary line counts keys', () => {
    const records = (file: string, keyed: string[], ignored: string[]): RecordsCoverageEvent => ({
      kind: 'coverage',
      file,
      questionnaire: tinyQuestionnaire,
      coverage: recordsCoverage(tinyQuestionnaire, new Set(keyed), ignored),
      warnings: [`${file}: ignored …`],
      responses: 6,
      invalid: 1,
    });
    const refused = new ExportTally(undefined).recordsFile(records('x.ndjson', ['q1', 'q2', 'q4', 'q5'], ['qq3']));
    expect(refused.problem).toEqual({
      file: 'x.ndjson',
      message: '1 scored question has no key in any record: q3 ("Can staff refund?"); ignored keys: "qq3"; write each as its question id in the records (see README, JSON and NDJSON responses), or accept it with --allow-missing <ids|all>',
    });
    expect(refused.warnings).toEqual([]);
    const tally = new ExportTally(parseAllowMissing('q3'));
    expect(tally.recordsFile(records('x.ndjson', ['q1', 'q2', 'q4'], ['qq3']))).toEqual({ warnings: ['x.ndjson: ignored …'] });
    expect(tally.recordsFile(records('y.json', ['q1', 'q2', 'q3', 'q4', 'q5'], []))).toEqual({ warnings: ['y.json: ignored …'] });
    expect(tally.summaryLines()).toEqual([
      'x.ndjson: 6 responses, 1 invalid record, 3 of 5 questions matched, 1 key ignored; not asked: q3 (--allow-missing); q5 (unscored)',
      'y.json: 6 responses, 1 invalid record, 5 of 5 questions matched, 0 keys ignored',
    ]);
    expect(tally.notAsked()).toEqual(['q3']);
  });
});
