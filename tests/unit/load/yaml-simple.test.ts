import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseSimpleYaml } from '../../../src/util/yaml-simple.js';
import { parseYamlSource } from '../../../src/util/yaml-source.js';

/** What yaml makes of the text, or undefined when it finds a problem. */
function yamlData(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}

/** Either no answer, or yaml's, with the same keys in the same order. */
function agrees(text: string): void {
  const ours = parseSimpleYaml(text);
  if (ours === undefined) return;
  const theirs = yamlData(text);
  expect(JSON.stringify(ours), text).toBe(JSON.stringify(theirs));
  expect(ours, text).toStrictEqual(theirs);
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return yamlFilesUnder(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

// Pieces of lines, the ordinary and the tricky, so the generated texts sit on the edge of the form.
const word = fc.constantFrom('a', 'Agree', 'yes', 'No', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'FALSE', 'nan', 'inf', 'x_y', 'q-1', '__proto__', 'é', '\u00a0', '😀');
const valueText = fc.constantFrom(
  'Agree', 'Strongly agree', "the customer's need", 'a, b', 'a [b] {c}', 'a - b', 'a #b', 'a# b', 'a: b', 'a:b', 'x ', ' x', 'x  y', 'null', 'Null', 'NULL', 'nULL', 'true',
  'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', '~', '', '0', '00', '01', '7', '-3', '+3', '1.5', '1e3', '0x1F', '0o17', '.inf', '.nan', '2026-11-10',
  '2026-11-10T14:05:00Z', '999999999999999', '9999999999999999', "'quoted'", "'it''s'", "'a' 'b'", "'a", '"double"', '"a\\nb"', '"a"b"', '""', "''", '"#:"', "'#: '", 'sha256:0f0f', 'a:', 'a::b', 'a:b:c', 'a: ', 'a :b', 'a:#', 'a:\u00a0b', '2026-11-10T14:05:00.000Z', '2026-11-10T14:05', '2026-11-10T14:05:00+01:00', '2026-11-10 14:05', '2026-11-10T', '12:30', '1:2', '"a\\tb"', '"a\\\\b"', '"a\\"b"', '"a\\/b"', '"a\\rb"', '"a\\x41"', '"a\\u00e9"', '"a\\ b"', '"a\\"', '"a\\Nb"', '"\\n x\\n"', '&a x', '*a',
  '!!str 1', '|', '>-', '[a, b]', '{a: 1}', '- a', '-', '? a', '@x', '`x', '%x', 'é', 'ünïcödé', '\u00a0x', 'a\u0085b', 'a\u2028b', 'a\ufeffb', '😀', 'a\u007fb', 'a\tb',
);
const key = fc.oneof({ arbitrary: fc.constantFrom('questionnaire', 'version', 'respondent', 'answers', 'role', 'q-1', 'q_2', 'Q3'), weight: 4 }, { arbitrary: word, weight: 1 }, {
  arbitrary: fc.constantFrom('1', '1e3', 'a b', "'k'", '"k"', '? k', '- k', '', 'k:', '-k', '.k'),
  weight: 1,
});
const indent = fc.constantFrom('', '', '  ', '  ', '    ', ' ', '   ', '      ');
const line = fc.oneof(
  { arbitrary: fc.tuple(indent, key, valueText).map(([i, k, v]) => `${i}${k}: ${v}`), weight: 6 },
  { arbitrary: fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`), weight: 2 },
  { arbitrary: fc.tuple(indent, valueText).map(([i, v]) => `${i}- ${v}`), weight: 2 },
  { arbitrary: fc.tuple(indent, fc.constantFrom('', '# a comment', '#', '---', '...', '%YAML 1.1', '-', 'k: v # note', 'k:  v', 'k :v', ' ')).map(([i, t]) => `${i}${t}`), weight: 1 },
);
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '', '\n\n', '\r\n')).map(([lines, end]) => lines.join('\n') + end);

/** Nested mappings and lists of value texts, as raw text: mostly in the simple form, so its reading is tried, not only its refusals. */
type Block = { header: string; lines: string[]; extra: string };
type Tree = { [key: string]: string | string[] | Block | Tree };
const blockLine = fc.constantFrom('text', 'a: b # c', '# not a comment', '', '', '  more indented', '- x', "it's", 'trailing ', '   ', '😀', 'a\u2028b', '"q"');
const block = fc.record({
  header: fc.constantFrom('|', '|', '|-', '|-', '|+', '>', '|2', '| # c'),
  lines: fc.array(blockLine, { minLength: 1, maxLength: 4 }),
  extra: fc.constantFrom('  ', '    ', ' ', ''),
});
const usualValue = fc.constantFrom('sha256:' + '0f'.repeat(32), '2026-11-10T14:05:00.000Z', 'Agree', 'Strongly agree', "the customer's need", '7', '0', '2026-11-10', "'it''s'", '"a: b # c"', '"line\\nand \\"more\\""', 'null', 'True', 'FALSE', 'ünïcödé');
const treeValue = fc.oneof({ arbitrary: usualValue, weight: 3 }, { arbitrary: valueText, weight: 1 });
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, treeValue, fc.array(treeValue, { maxLength: 3 }), block, tie('tree')), { minKeys: 1, maxKeys: 5 }),
}));
function render(node: Tree, pad: string, step: string, listStep: string): string[] {
  return Object.entries(node).flatMap(([k, v]) => {
    if (typeof v === 'string') return [`${pad}${k}: ${v}`];
    if (Array.isArray(v)) return [`${pad}${k}:`, ...v.map((item) => `${pad}${listStep}- ${item}`)];
    if (isBlock(v)) return [`${pad}${k}: ${v.header}`, ...v.lines.map((line) => (line === '' ? '' : `${pad}${v.extra}${line}`))];
    return [`${pad}${k}:`, ...render(v, pad + step, step, listStep)];
  });
}
function isBlock(value: Block | Tree): value is Block {
  return typeof value.header === 'string' && Array.isArray(value.lines);
}
const document = fc
  .tuple(tree, fc.constantFrom('  ', '    ', ' '), fc.constantFrom('  ', '    ', ' ', ''), fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), line), { maxLength: 2 })), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean())
  .map(([t, step, listStep, inserts, newline, endsLine]) => {
    const lines = render(t, '', step, listStep);
    for (const [at, extra] of inserts) lines.splice(at % (lines.length + 1), 0, extra);
    return lines.join(newline) + (endsLine ? newline : '');
  });

describe('parseSimpleYaml', () => {
  it('reads what yaml reads, or leaves the text to yaml', () => {
    fc.assert(fc.property(text, (t) => agrees(t)), { numRuns: 5_000 });
    let read = 0;
    fc.assert(
      fc.property(document, (t) => {
        if (parseSimpleYaml(t) !== undefined) read++;
        agrees(t);
      }),
      { numRuns: 20_000 },
    );
    // Many of them in the simple form (about one in sixteen): the comparison is about reading, not only refusing.
    expect(read).toBeGreaterThan(500);
  });

  it('reads every YAML file of the repository as yaml does, when it reads it', () => {
    const files = [...yamlFilesUnder('tests/fixtures'), ...yamlFilesUnder('examples'), ...yamlFilesUnder('questionnaires')];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) agrees(readFileSync(file, 'utf8'));
  });

  it('reads an answer file as run writes it: comments, lists, numbers, quoted text', () => {
    const file = [
      '# yaml-language-server: $schema=../schema/answers.schema.json',
      '# Answers to Service culture',
      'questionnaire: service-culture',
      'version: 2',
      'questionnaireHash: sha256:0f0f',
      'respondent:',
      '  id: r-1',
      '  name: "O\'Brien: Ann"',
      'started: 2026-11-10T14:05:00.000Z',
      'completed: 2026-11-10T14:35:00+01:00',
      'answers:',
      '  ways-we-ask-customers:',
      '    - None of these',
      '',
      '  easy-to-do-business-with: 3',
      '  a-comment: \'says "no" # here\'',
      '  typed: "two\\nlines, \\"quoted\\""',
      '  skipped:',
      '',
    ].join('\n');
    expect(parseSimpleYaml(file)).toStrictEqual({
      questionnaire: 'service-culture',
      version: 2,
      questionnaireHash: 'sha256:0f0f',
      respondent: { id: 'r-1', name: "O'Brien: Ann" },
      started: '2026-11-10T14:05:00.000Z',
      completed: '2026-11-10T14:35:00+01:00',
      answers: { 'ways-we-ask-customers': ['None of these'], 'easy-to-do-business-with': 3, 'a-comment': 'says "no" # here', typed: 'two\nlines, "quoted"', skipped: null },
    });
    agrees(file);
  });

  it('reads the escapes of double-quoted text that yaml writes, as yaml reads them; others are left to yaml', () => {
    for (const value of ['"a\\nb"', '"a\\tb"', '"a\\rb"', '"a\\"b"', '"a\\\\b"', '"a\\/b"', '"\\\\n"']) {
      expect(parseSimpleYaml(`k: ${value}\n`), value).toBeDefined();
      agrees(`k: ${value}\n`);
    }
    for (const value of ['"a\\x41"', '"a\\u00e9"', '"a\\ b"', '"a\\Nb"', '"a\\0"', '"a\\"']) expect(parseSimpleYaml(`k: ${value}\n`), value).toBeUndefined();
  });

  it('reads text on several lines in a literal block as yaml does', () => {
    const texts = [
      'a: |\n  one\n  two: # not a comment\n\n    indented\nb: 1\n',
      'a: |-\n  one\n  two\n\n\nb: 1\n',
      'a: |\n  one\n\n',
      'x:\n  a: |-\n    one\n  b: 2\n',
    ];
    expect(parseSimpleYaml(texts[0] as string)).toStrictEqual({ a: 'one\ntwo: # not a comment\n\n  indented\n', b: 1 });
    for (const text of texts) {
      expect(parseSimpleYaml(text), text).toBeDefined();
      agrees(text);
    }
    for (const text of ['a: |\n  one', 'a: |\n  one\n   \n  two\n', 'a: |+\n  one\n', 'a: >\n  one\n', 'a: |\n\n  one\n', 'a: |\nb: 1\n']) {
      expect(parseSimpleYaml(text), text).toBeUndefined();
    }
  });

  it('reads lines ended with \\r\\n as yaml does; a lone \\r is left to yaml', () => {
    const text = '# note\r\nquestionnaire: x\r\nanswers:\r\n  q-1: Agree\r\n  q-2:\r\n    - "a\\r\\nb"\r\n';
    expect(parseSimpleYaml(text)).toStrictEqual({ questionnaire: 'x', answers: { 'q-1': 'Agree', 'q-2': ['a\r\nb'] } });
    agrees(text);
    expect(parseSimpleYaml('a: 1\rb: 2\n')).toBeUndefined();
    expect(parseSimpleYaml('a: x\r\n')).toStrictEqual({ a: 'x' });
  });

  it('leaves duplicate keys, __proto__, continued lines and odd indents to yaml, which reports them', () => {
    for (const t of ['a: 1\na: 2\n', '__proto__: 1\n', 'a: b\n  c\n', 'a:\n    b: 1\n  c: 2\n', ' a: 1\n', 'a:\n  - x\n  b: 1\n', '- a\n', '', 'a: 1\r\r\n', 'a:\tb\n']) {
      expect(parseSimpleYaml(t), t).toBeUndefined();
    }
  });
});

describe('parseYamlSource on the simple form', () => {
  it('positions a problem as yaml does', () => {
    const text = 'questionnaire: x\nanswers:\n  q-1: Agree\n  q-2:\n    - a\n    - b\n';
    const parsed = parseYamlSource('f.yaml', text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.source.locate(['answers', 'q-2', 1])).toEqual({ line: 6, col: 7 });
    expect(parsed.source.locate(['answers', 'q-1'], true)).toEqual({ line: 3, col: 3 });
    expect(parsed.source.locate(['answers', 'none'])).toEqual({ line: 3, col: 3 });
  });
});
