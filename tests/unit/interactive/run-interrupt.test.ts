import { describe, expect, it } from 'vitest';
import { resumeCommand, shellQuote } from '../../../src/cli/actions/run-interrupt.js';

describe('the resume command printed after an interruption', () => {
  it.each([
    ['answers/a.yaml', 'answers/a.yaml'],
    ['my answers/a b.yaml', `'my answers/a b.yaml'`],
    [`it's.yaml`, `'it'\\''s.yaml'`],
    ['$(rm -rf x).yaml', `'$(rm -rf x).yaml'`],
  ])('quotes %s for the shell only when needed', (path, quoted) => {
    expect(shellQuote(path)).toBe(quoted);
  });

  it('names the questionnaire only when given', () => {
    expect(resumeCommand('a.yaml')).toBe('culture-audit run --resume a.yaml');
    expect(resumeCommand('a.yaml', 'my q.yaml')).toBe(`culture-audit run 'my q.yaml' --resume a.yaml`);
  });
});
