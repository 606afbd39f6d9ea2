import { describe, expect, it } from 'vitest';
import { parseYamlSource, type YamlSource } from '../../../src/util/yaml-source.js';

function source(text: string): YamlSource {
  const parsed = parseYamlSource('f.yaml', text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.source;
}

describe('parseYamlSource', () => {
  const text = 'id: x\nsections:\n  - id: s\n    questions:\n      - { id: q, weight: 0 }\n    empty:\n';

  it('locates values, keys and missing paths (at the nearest ancestor)', () => {
    const s = source(text);
    expect(s.locate(['sections', 0, 'questions', 0, 'weight'])).toEqual({ line: 5, col: 26 });
    expect(s.locate(['sections', 0, 'questions', 0, 'weight'], true)).toEqual({ line: 5, col: 18 });
    expect(s.locate(['sections', 0, 'missing', 3])).toEqual({ line: 3, col: 5 });
    expect(s.locate(['sections', 0, 'empty'])).toEqual({ line: 6, col: 11 }); // an empty value: just after its colon
    expect(s.locate([])).toEqual({ line: 1, col: 1 });
  });

  it('strips a byte-order mark and reads CRLF line ends', () => {
    const s = source('\uFEFFid: x\r\nlist:\r\n  - 1\r\n');
    expect(s.data).toEqual({ id: 'x', list: [1] });
    expect(s.locate(['list', 0])).toEqual({ line: 3, col: 5 });
  });

  it('reads JSON, which is YAML', () => {
    expect(source('{"a": [1, 2]}').data).toEqual({ a: [1, 2] });
  });

  it('reports every duplicate key with its line', () => {
    const parsed = parseYamlSource('f.yaml', 'a: 1\nb: 2\na: 3\nb: 4\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { file: 'f.yaml', line: 3, col: 1, message: 'duplicate key "a": each key may appear once in a mapping' },
      { file: 'f.yaml', line: 4, col: 1, message: 'duplicate key "b": each key may appear once in a mapping' },
    ]);
  });

  it('turns an unresolved alias into a problem instead of an exception', () => {
    const parsed = parseYamlSource('f.yaml', 'a: *nope\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.message).toMatch(/^invalid YAML/);
  });

  it('keeps ordinary aliases working', () => {
    expect(source('base: &b [1, 2]\ncopy: *b\n').data).toEqual({ base: [1, 2], copy: [1, 2] });
  });
});
