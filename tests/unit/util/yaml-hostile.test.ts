import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../src/util/yaml-source.js';

// What yaml itself checks slowly, not at all, or by crashing, and parseYamlSource must answer
// with one positioned sentence (src/util/yaml-parse.ts, yaml-structure.ts).

const problems = (text: string) => {
  const parsed = parseYamlSource('f.yaml', text);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.line ?? '-'}:${p.col ?? '-'} ${p.message}`);
};
const TOO_DEEP = 'nests lists and mappings more than 32 levels deep, or leaves a [ or { unclosed; a questionnaire needs about 8 levels';

describe('hostile YAML', () => {
  it('finds a duplicate among 30,000 keys, at its line (yaml checks that quadratically)', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`);
    expect(problems([...keys, 'k17: again'].join('\n'))).toEqual(['30001:1 duplicate key "k17": each key may appear once in a mapping']);
  });

  it('treats keys that become the same text as duplicates (1 and "1")', () => {
    expect(problems('1: a\n"1": b\n')).toEqual(['2:1 duplicate key "1": each key may appear once in a mapping']);
  });

  it.each([
    ['at the top', '__proto__: {polluted: true}\n', '1:1'],
    ['in a nested mapping', 'a:\n  b:\n    __proto__: x\n', '3:5'],
    ['quoted, in JSON', '{"a": {"__proto__": {"polluted": true}}}', '1:8'],
  ])('refuses a __proto__ key %s, and pollutes nothing', (_where, text, position) => {
    expect(problems(text)).toEqual([`${position} the key "__proto__" is not allowed`]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('allows other prototype names as plain keys', () => {
    const parsed = parseYamlSource('f.yaml', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n');
    expect(parsed.ok && parsed.source.data).toEqual({ constructor: 1, toString: 2, hasOwnProperty: 3 });
  });

  it.each([
    ['a list', '? [a, b]\n: c\n', '1:3'],
    ['an alias', 'a: &k x\n*k : y\n', '2:1'],
    ['a !!binary value (JavaScript would print a warning and stringify it)', '? !!binary aGVsbG8=\n: c\n', '1:12'],
  ])('refuses %s as a key', (_name, text, position) => {
    expect(problems(text)).toEqual([`${position} a key must be plain text, not a list, mapping, alias or tagged value`]);
  });

  it('allows 32 levels of nesting and refuses 33', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(problems(nested(32))).toEqual([]);
    expect(problems(nested(33))).toEqual([`1:33 ${TOO_DEEP}`]);
  });

  it.each([
    ['unclosed flow lists', `a: ${'['.repeat(50_000)}`],
    ['closed flow lists', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['nested block sequences on one line', `${'- '.repeat(5_000)}x`],
    ['block mappings indented one step deeper each', Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
    ['a block mapping inside braces (RangeError in yaml)', `{\nextra:\n${Array.from({ length: 5_000 }, (_, i) => `  k${i}: 0`).join('\n')}\n "a": 1\n}`],
  ])('stops the parser before its stack runs out: %s', (_name, text) => {
    expect(problems(text)).toEqual([expect.stringMatching(new RegExp(`^\\d+:\\d+ ${TOO_DEEP.replace(/[[\]{}]/g, '\\$&')}$`))]);
  });

  it('answers a line of 50,000 stray brackets with the first error only', () => {
    expect(problems(`a: [1]${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toEqual([expect.stringMatching(/^1:7 invalid YAML: /)]);
  });

  it('refuses a second document', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual(['2:1 holds more than one YAML document (a second one after ---); keep one per file']);
  });

  it('refuses an alias bomb and an alias to nothing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect(problems(bomb)).toEqual(['-:- too many YAML aliases (more than 100); the file expands beyond what a questionnaire or answer file needs']);
    expect(problems('a: *nope\n')).toEqual([expect.stringMatching(/^-:- invalid YAML: .*nope/)]);
  });
});
