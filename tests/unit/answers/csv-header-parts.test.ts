import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketParts } from '../../../src/answers/csv-columns.js';

/** The expression bracketParts stands for, kept here as the reference on short headers. */
function byExpression(text: string): [string, string] | undefined {
  const match = /^(.*\S)\s*\[([^\]]+)\]\s*$/s.exec(text);
  return match ? [match[1] as string, match[2] as string] : undefined;
}

describe('bracketParts (a `Title [Row]` header)', () => {
  it('splits the title from the row in the last brackets', () => {
    expect(bracketParts('How often do you [Ask customers] ')).toEqual(['How often do you', 'Ask customers']);
    expect(bracketParts('Rate [a [b]')).toEqual(['Rate [a', 'b']);
    expect(bracketParts('Rate [a] [b]')).toEqual(['Rate [a]', 'b']);
    expect(bracketParts('[only a row]')).toBeUndefined();
    expect(bracketParts('Rate []')).toBeUndefined();
    expect(bracketParts('Rate [a] x')).toBeUndefined();
  });

  it('finds what the expression finds on any header', () => {
    const header = fc.string({ unit: fc.constantFrom('[', ']', ' ', 'a', '\n', '\u00a0', 'é'), maxLength: 14 });
    fc.assert(
      fc.property(header, (text) => {
        expect(bracketParts(text)).toEqual(byExpression(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a header of a million "[" in one pass (the expression took a minute and a half)', () => {
    // A fuzzed export had a 100,000-character header cell of "[": the expression took a second on it.
    // The assertion is on the answer; the case is here so a quadratic reading would stall the suite.
    // The row is the last "[" before the "]"; the title everything before it.
    expect(bracketParts(`Title ${'['.repeat(1_000_000)}]`)).toEqual([`Title ${'['.repeat(999_998)}`, '[']);
    expect(bracketParts(`Title ${'['.repeat(1_000_000)}`)).toBeUndefined();
  });
});
