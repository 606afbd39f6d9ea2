import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnValues } from '../../../src/answers/column-values.js';
import { resolveColumns } from '../../../src/answers/csv-columns.js';
import { parseCsvMapping } from '../../../src/answers/csv-mapping.js';
import { starterMapping } from '../../../src/answers/starter-mapping.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { formatProblem } from '../../../src/util/errors.js';
import { similarity } from '../../../src/util/similarity.js';
import { repoRoot } from '../../helpers/cli.js';
import { uncommentSuggestions } from '../../helpers/uncomment-suggestions.js';

// `culture-audit map`'s pure part: a starter mapping file from an export's header and cells.
const file = join(repoRoot, 'tests/fixtures/map/questionnaires/map-check.yaml');
const questionnaire = parseQuestionnaire(file, readFileSync(file, 'utf8'));

function starter(headers: string[], rows: string[][] = []): string {
  const values = new ColumnValues();
  for (const row of rows) values.add(row);
  return starterMapping({ file: 'e.csv', questionnaire, headers, values });
}

/** The entry line of a header (its key as written, up to its comment). */
function entry(text: string, key: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(`  ${key}:`));
}

describe('a starter mapping file', () => {
  it('gives each column its best match, and says how sure it is', () => {
    const text = starter(['Timestamp', 'policy-for-whom', 'POLICY-for-whom x', 'Front-line staff may bend a rule to help a customer', 'Leadership [Leaders model the service they expect]', 'Role', 'Your team', 'ResponseId', 'Favourite colour']);
    expect(entry(text, 'Timestamp')).toBe('  Timestamp: completed # completion date');
    expect(entry(text, 'policy-for-whom')).toBe('  policy-for-whom: policy-for-whom # exact id');
    expect(entry(text, 'Front-line staff may bend a rule to help a customer')).toBe('  Front-line staff may bend a rule to help a customer: staff-may-bend-rules # question text');
    expect(entry(text, '"Leadership [Leaders model the service they expect]"')).toBe('  "Leadership [Leaders model the service they expect]": leaders-model # question text, as a grid row');
    expect(entry(text, 'Role')).toBe('  Role: { attribute: role } # attribute');
    expect(entry(text, 'Your team')).toBe('  Your team: { attribute: team } # attribute, by the word "team" in the header');
    expect(entry(text, 'ResponseId')).toBe("  ResponseId: { attribute: id } # respondent id, by the column's name");
    expect(entry(text, 'Favourite colour')).toBe('  Favourite colour: ignore # no match: write a question id, or ignore');
    expect(text).toContain('# not in this export: enps ("How likely are you to recommend working here to a friend?")');
    expect(text).toContain('# not in this export: unmet-want ("What do customers ask for that we do not offer?"), free text');
  });

  it('matches a column loosely only to a question no other column reads, and never one question twice', () => {
    const text = starter(['How likely would you recommend working here to a friend', 'How likely are you to recommend working here to a friend?!', 'enps']);
    // enps is read by its exact id; the two loose headers get no question.
    expect(entry(text, 'enps')).toBe('  enps: enps # exact id');
    expect(entry(text, 'How likely would you recommend working here to a friend')).toMatch(/: ignore # no match: write a question id, or ignore/);
    const two = starter(['How likely would you recommend working here to a friend', 'How likely are you to recommend working here to a friend?!']);
    expect(entry(two, '"How likely are you to recommend working here to a friend?!"')).toMatch(/: enps # close to the text of "enps" \(0\.9\d\)$/);
    expect(entry(two, 'How likely would you recommend working here to a friend')).toMatch(/: ignore # no match/);
  });

  it('leaves a column equally alike two questions unmatched, naming both', () => {
    const twins = parseQuestionnaire('twins.yaml', ['id: twins', 'version: 1', 'title: Twins', 'rubric: [{ min: 0, label: Any }]', 'sections:', '  - id: s', '    title: S', '    questions:', '      - { id: a, type: yesno, text: Do we listen? }', '      - { id: b, type: yesno, text: Do we listen? }', ''].join('\n'));
    const text = starterMapping({ file: 'e.csv', questionnaire: twins, headers: ['Do we listen?'], values: new ColumnValues() });
    expect(entry(text, 'Do we listen?')).toBe('  Do we listen?: ignore # no match: write a question id, or ignore (as alike "a", "b", 1.00)');
    expect(parseCsvMapping('s.map.yaml', text).mapping.columns).toEqual({ 'Do we listen?': 'ignore' });
  });

  it('reads the export as team does without it: the same question for every column resolveColumns matched', () => {
    const headers = ['Timestamp', 'policy-for-whom', 'Front-line staff may bend a rule to help a customer', 'Role', 'Favourite colour'];
    const mapping = parseCsvMapping('s.map.yaml', starter(headers));
    const withStarter = resolveColumns('e.csv', headers, questionnaire, mapping);
    const without = resolveColumns('e.csv', headers, questionnaire);
    expect(withStarter.problems.map(formatProblem)).toEqual([]);
    expect(withStarter.columns.map((column) => column.role)).toEqual(without.columns.map((column) => column.role));
    expect(withStarter.unmatched).toEqual([]);
  });

  it('lists each column’s values, most frequent first, with counts, ten at most', () => {
    const rows = [...Array.from({ length: 12 }, (_, i) => [`v${i}`]), ['v3'], ['v3'], ['v5'], ['']];
    const text = starter(['Notes'], rows);
    expect(text).toContain('    # cells: "v3" (3), "v5" (2), "v0" (1), "v1" (1), "v2" (1), "v4" (1), "v6" (1), "v7" (1), "v8" (1),\n    #   "v9" (1), and 2 other values, blank (1)');
  });

  it('keeps a free-text column’s distinct values bounded, and says there were more', () => {
    const values = new ColumnValues();
    for (let i = 0; i < 1500; i++) values.add([`comment ${i}`, i % 2 === 0 ? '' : 'x']);
    expect(values.of(0)).toHaveLength(1000);
    expect(values.more(0)).toBe(true);
    expect(values.blank(0)).toBe(0);
    expect(values.of(1)).toEqual([{ value: 'x', count: 750 }]);
    expect(values.blank(1)).toBe(750);
    const text = starterMapping({ file: 'e.csv', questionnaire, headers: ['Notes', 'X'], values });
    expect(text).toMatch(/"comment 9" \(1\),\s+(#\s+)?and more than 990 other values\n/);
    expect(text).toContain('    # cells: "x" (750), blank (750)\n');
  });

  it('suggests, commented out, the values or offset a question needs for codes it cannot read', () => {
    const headers = ['staff-may-bend-rules', 'enps', 'response-time', 'policy-for-whom'];
    const rows = [
      ['1', '11', 'A1', '5'],
      ['2', '1', 'A3', '1'],
      ['-99', '5', 'A2', '3'],
    ];
    const text = starter(headers, rows);
    expect(text).toContain(
      [
        '  staff-may-bend-rules: # exact id',
        '    question: staff-may-bend-rules',
        '    # cells: "1" (1), "2" (1), "-99" (1)',
        '    # values: # codes "staff-may-bend-rules" cannot read as they are: check each answer, then remove the "# " of these lines',
        '    #   "1": "yes" # 1 row',
        '    #   "2": "no" # 1 row',
        '    #   "-99": ~ # 1 row; ~ leaves it unanswered',
      ].join('\n'),
    );
    expect(text).toContain('    # offset: -1 # "enps" reads every cell once shifted by -1 (11 → 10): check, then remove the "# "');
    expect(text).toContain('    #   A1: Same day # 1 row\n    #   A3: Never # 1 row\n    #   A2: Within a week # 1 row');
    // Scale positions are answers already: nothing to suggest.
    expect(entry(text, 'policy-for-whom')).toBe('  policy-for-whom: policy-for-whom # exact id');
    // As written, nothing is recoded: the file is valid, and its suggestions are comments.
    const mapping = parseCsvMapping('s.map.yaml', text);
    const columns = resolveColumns('e.csv', headers, questionnaire, mapping).columns;
    expect(columns.map((column) => column.role.kind === 'question' && column.role.recode)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('guesses a label for a code by its spelling when the codes end in no number', () => {
    const text = starter(['response-time'], [['Same-day'], ['within a wk'], ['Nope']]);
    expect(text).toContain('    #   Same-day: Same day # 1 row\n    #   within a wk: Within a week # 1 row\n    #   Nope: "?" # 1 row; no guess: write its answer');
  });

  it('marks a code with no guess so that uncommenting it unchecked is an error, not a silent recode', () => {
    const text = starter(['response-time'], [['X'], ['Y'], ['Z'], ['W']]);
    expect(text).toContain('    #   X: "?" # 1 row; no guess: write its answer');
    const uncommented = uncommentSuggestions(text);
    const mapping = parseCsvMapping('s.map.yaml', uncommented);
    expect(resolveColumns('e.csv', ['response-time'], questionnaire, mapping).problems.map(formatProblem)[0]).toMatch(/recodes "X" to an answer question "response-time" cannot take/);
  });

  it('is valid, and keeps every header as its key, whatever the headers and cells hold', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 30 }), fc.constantFrom('yes', 'No', '~', 'null', '01', '-99', '? a', '- b', 'a: b', 'a #b', ' c ', '"q"', "it's", '[x]', '{y}', '*z', '&w', '!t', '%p', '@q', '`r'));
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 6, selector: (header) => header.trim() }), fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 5 }), (headers, rows) => {
        const written = starter(headers, rows);
        const mapping = parseCsvMapping('s.map.yaml', written).mapping;
        const named = headers.map((header) => header.trim()).filter((header) => header !== '' && header !== '__proto__');
        expect(Object.keys(mapping.columns).sort()).toEqual(named.sort());
      }),
      { numRuns: 150 },
    );
  });
});

describe('a starter mapping file with its suggestions uncommented', () => {
  it('stays valid when the only code a column holds is one no mapping file can recode ("__proto__")', () => {
    // fast-check found it: `values:` with nothing under it is an empty mapping, which the format refuses.
    const text = starter(['staff-may-bend-rules', 'response-time', 'channels', 'enps', 'policy-for-whom'], [['1', '2', '1', '__proto__', '1']]);
    expect(text).toContain('    # codes "enps" cannot read as they are, and a mapping file cannot recode them:');
    expect(text).toContain('    #   # "__proto__": 1 row; a mapping file cannot recode this code');
    expect(parseCsvMapping('s.map.yaml', uncommentSuggestions(text)).mapping.columns.enps).toEqual({ question: 'enps' });
  });

  it('is still a valid mapping file, whatever codes the cells hold', () => {
    const headers = ['staff-may-bend-rules', 'response-time', 'channels', 'enps', 'policy-for-whom'];
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('1', '2', '-99', '11', 'AO01', 'AO02;AO03', 'yes', '~', '01', 'a: b', '#'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const uncommented = uncommentSuggestions(starter(headers, rows));
        expect(() => parseCsvMapping('s.map.yaml', uncommented)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

describe('similarity', () => {
  it('is 1 for equal texts, 0 for texts with no bigram in common, and between for a reworded one', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    // night/nacht: bigrams ni ig gh ht / na ac ch ht; one shared of 8: 2 × 1 / 8.
    expect(similarity('night', 'nacht')).toBe(0.25);
  });
});
