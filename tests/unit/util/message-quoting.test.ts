import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../src/util/data-path.js';
import { formatProblemList, InvalidInputError } from '../../../src/util/errors.js';
import { jsonText } from '../../../src/util/json-text.js';
import { quoted } from '../../../src/util/quote.js';

describe('values from inputs, as messages and JSON show them', () => {
  it('quotes a value as JSON, so control characters show as escapes', () => {
    expect(quoted('x')).toBe('"x"');
    expect(quoted('a\u001b[31mb')).toBe('"a\\u001b[31mb"');
    expect(quoted(['Phone', 3])).toBe('["Phone",3]');
  });

  it('cuts a long value short and says how long it was', () => {
    expect(quoted('k'.repeat(1_000_000))).toBe(`"${'k'.repeat(60)}…" (1000000 characters)`);
    // Never half a surrogate pair: 59 × "a" then 😀 (two code units) at the cut.
    expect(quoted(`${'a'.repeat(59)}😀😀`)).toBe(`"${'a'.repeat(59)}…" (63 characters)`);
  });

  it('writes a data path with plain keys after dots and any other key quoted', () => {
    expect(formatDataPath(['sections', 2, 'questions', 0, 'weight'])).toBe('sections[2].questions[0].weight');
    expect(formatDataPath(['sections', 0, 'recommendations', 'At risk'])).toBe('sections[0].recommendations["At risk"]');
    expect(formatDataPath(['answers', 'a.b\u001b'])).toBe('answers["a.b\\u001b"]');
  });

  it('prints 50 problems, then counts the rest', () => {
    const problems = Array.from({ length: 120 }, (_, i) => ({ file: 'a.yaml', line: i + 1, col: 1, message: `problem ${i}` }));
    const lines = formatProblemList(problems);
    expect(lines).toHaveLength(51);
    expect(lines[49]).toBe('a.yaml:50:1: problem 49');
    expect(lines[50]).toBe('… and 70 more problems');
    expect(new InvalidInputError(problems).message.split('\n')).toEqual(lines);
  });

  it('JSON output escapes C1 controls and bidi overrides, and parses back the same', () => {
    const value = { text: 'csi\u009b2J del\u007f \u202eevil\u202c \u2066iso\u2069 ok é 😀' };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\u009b');
    expect(JSON.parse(text)).toEqual(value);
  });
});
