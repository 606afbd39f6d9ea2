import fc from 'fast-check';

// What malformed or malicious inputs put where a value, a key or a bit of text belongs.

/** Any code points, lone surrogates included. (fc.string's 'binary' unit is slow to set up here.) */
const anyText = (maxLength: number) => fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength }).map((codes) => String.fromCodePoint(...codes));

const nested = (depth: number): unknown => (depth === 0 ? 'bottom' : [nested(depth - 1)]);
/** An own `__proto__` key, as YAML and JSON parsers create it (a literal would set the prototype). */
const protoObject = () => JSON.parse('{"__proto__": {"polluted": true}, "label": "x", "score": 1}') as unknown;

/** Replacement values for any place in the data. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '',
    ' ',
    'n/a',
    '__proto__',
    'constructor',
    'toString',
    '1e400',
    '0x10',
    '\u001b[2J\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
    '\u202eevil\u202c',
    '| a | b |\n# heading\n<script>alert(1)</script>',
    'x'.repeat(201),
    'x'.repeat(2_001),
    'y'.repeat(10_001),
    '9'.repeat(40_000) + 'x',
    [],
    {},
    [[[]]],
  ),
  fc.constantFrom(20, 40, 200).map(nested),
  // Longer lists than any limit allows; the 150,000-value list that overflows a Math.min(...list)
  // is a fixed case in tests/unit/hostile-input/input-limits.test.ts, too slow to parse in every campaign.
  fc.constantFrom(51, 600, 20_000).map((n) => Array.from({ length: n }, () => 0)),
  fc.constant(null).map(protoObject),
  fc.constant({ constructor: { prototype: { polluted: true } }, label: 'constructor', score: 1 }),
  anyText(40),
  fc.double(),
  fc.integer(),
);

/** Replacement keys: prototype names, empty, huge, control characters. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'k'.repeat(100_000), '\u001b[31m', 'Strongly agree', 'At risk'),
  anyText(20),
);

/** Text spliced into a file: YAML syntax, tags, anchors, directives, control and bidi characters. */
export const hostileSnippet: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\uFEFF', '\r\n', '\r', '\t', '\u0000', '\u001b[31m', '\u202e', '\u2028',
    '&a ', '*a', '*nope', '<<: *a\n', '? [x, y]\n: z\n', '? {a: 1}\n: b\n', ': x\n',
    '!!binary aGVsbG8=', '!!float ', '!!int ', '!!str ', '!!map {}', '!!set {a}', '!!omap [a: 1]', '!custom ', '!<tag:x> ',
    '---\n', '...\n', '%YAML 1.1\n', '%TAG ! tag:example.com,2000:\n',
    "'", '"', '[', ']', '{', '}', ': ', '- ', '#', '|\n', '>-\n', ',', '@', '`',
    '.nan', '.inf', '-.inf', '1e400', '0o17', '0x1F', '1_000', '99999999999999999999999', '~',
    '__proto__: {}\n', 'constructor: x\n', '"__proto__": 1\n',
  ),
  anyText(12),
);

/** Byte sequences that are not UTF-8: lone continuation, truncated lead, surrogate, overlong. */
export const invalidUtf8: fc.Arbitrary<number[]> = fc.constantFrom([0xff], [0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff]);

/** The classic expansion attack: each level aliases the previous one nine times. */
export function aliasBomb(levels: number): string {
  const lines = ['bomb0: &b0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++) lines.push(`bomb${i}: &b${i} [${Array(9).fill(`*b${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
