import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEngagement } from '../../../src/formats/engagement/parse.js';
import { InvalidInputError } from '../../../src/util/errors.js';

describe('engagement file', () => {
  it('reads client, preparedBy and date, trimmed', () => {
    expect(parseEngagement('e.yaml', 'client: " Acme Ltd "\npreparedBy: Jo Bloggs\ndate: 2026-12-07\n')).toEqual({ client: 'Acme Ltd', preparedBy: 'Jo Bloggs', date: '2026-12-07' });
    expect(parseEngagement('e.yaml', '{}')).toEqual({});
  });

  it('refuses an empty client and a number for a name, at their place', () => {
    expect(() => parseEngagement('e.yaml', 'client: ""\n')).toThrow('e.yaml:1:9 client: must not be empty');
    expect(() => parseEngagement('e.yaml', 'client: Acme\npreparedBy: 12\n')).toThrow(/^e\.yaml:2:13 preparedBy: must be text/);
  });

  it('ends in a value or one clear error whatever the text', () => {
    const keys = fc.constantFrom('client', 'preparedBy', 'date', 'wieght', '- x', '[', '"');
    const line = fc.tuple(keys, fc.string({ maxLength: 12 })).map(([key, value]) => `${key}: ${value}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        try {
          parseEngagement('e.yaml', lines.join('\n'));
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          expect((error as Error).message).toMatch(/^e\.yaml/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
