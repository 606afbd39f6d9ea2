import { describe, expect, it } from 'vitest';
import { questionnaireIdOf } from '../../../src/questionnaire/questionnaire-id.js';

const idOf = (text: string) => questionnaireIdOf('q.yaml', text);

describe('questionnaireIdOf: the id a questionnaire file declares', () => {
  it('reads the usual top-level line, plain or quoted, with a comment or CRLF', () => {
    expect(idOf('# a comment\nid: acme-audit\nversion: 1\n')).toBe('acme-audit');
    expect(idOf('version: 1\nid: "Q1_1"   # quoted\n')).toBe('Q1_1');
    expect(idOf("id: 'E.2'\r\nversion: 1\r\n")).toBe('E.2');
  });

  it('does not take an indented id (a section or question) for the questionnaire id', () => {
    expect(idOf('sections:\n  - id: priorities\nid: outer\n')).toBe('outer');
    expect(idOf('sections:\n  - id: priorities\n')).toBeUndefined();
  });

  it('parses what a line scan cannot read: JSON, flow style, an anchor', () => {
    expect(idOf('{ "version": 1, "sections": [{ "id": "inner" }], "id": "from-json" }')).toBe('from-json');
    expect(idOf('{id: flow-id, version: 1}')).toBe('flow-id');
    expect(idOf('id: &name anchored\nversion: 1\n')).toBe('anchored');
  });

  it('lets the parser decide when two lines at the margin start with id', () => {
    expect(idOf('id: one\nid: two\n')).toBeUndefined(); // a duplicated key: no id
    expect(idOf('id : spaced\nid2: x\n')).toBe('spaced');
  });

  it('reads the id of a file that is otherwise broken: it is found, and loading it reports the problem', () => {
    expect(idOf('id: broken\nversion: [\n')).toBe('broken');
  });

  it('is undefined for no id, an id that is not one, or text that is not YAML', () => {
    expect(idOf('version: 1\n')).toBeUndefined();
    expect(idOf('id: Broken Id\n')).toBeUndefined();
    expect(idOf('id: [a, b]\n')).toBeUndefined();
    expect(idOf('- id: a-list\n')).toBeUndefined();
  });
});
