import { isMap, isNode, isScalar, isSeq, LineCounter, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { DataPath } from './data-path.js';
import type { Problem } from './errors.js';
import { MAX_ALIAS_COUNT } from './limits.js';
import { parseYamlGuarded, TOO_DEEP } from './yaml-parse.js';
import { parseSimpleYaml } from './yaml-simple.js';
import { structureProblems } from './yaml-structure.js';

/** A parsed YAML (or JSON, a YAML subset) file that can tell where any data path sits in it. */
export interface YamlSource {
  file: string;
  data: unknown;
  /**
   * 1-based line and column of the value at `path` (of its key with `atKey`),
   * or of its nearest existing ancestor when the path does not exist.
   */
  locate(path: DataPath, atKey?: boolean): { line: number; col: number } | undefined;
}

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

export function parseYamlSource(file: string, text: string): YamlParseResult {
  const data = parseSimpleYaml(text);
  if (data === undefined) return parseYamlDocument(file, text);
  // Positions are asked for only to report a problem: yaml parses the text then, once.
  let located: YamlSource | undefined;
  const locate: YamlSource['locate'] = (path, atKey) => {
    if (!located) {
      const parsed = parseYamlDocument(file, text);
      if (!parsed.ok) return undefined;
      located = parsed.source;
    }
    return located.locate(path, atKey);
  };
  return { ok: true, source: { file, data, locate } };
}

function parseYamlDocument(file: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const parsed = parseYamlGuarded(text.replace(/^\uFEFF/, ''), lineCounter);
  if (!parsed.ok) {
    // Only the first syntax error: the parser's further complaints are mostly echoes of it.
    const { line, col } = lineCounter.linePos(parsed.error.offset);
    return { ok: false, problems: [{ file, line, col, message: yamlErrorMessage(parsed.error.code, parsed.error.message) }] };
  }
  const doc = parsed.doc;
  const problems = structureProblems(doc, file, lineCounter);
  if (problems.length > 0) return { ok: false, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // toJS throws for alias bombs and unresolved aliases; neither is in doc.errors.
    const message = error instanceof Error ? error.message : String(error);
    const text = /Excessive alias count/.test(message)
      ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); the file expands beyond what a questionnaire or answer file needs`
      : `invalid YAML: ${message}`;
    return { ok: false, problems: [{ file, message: text }] };
  }
  return { ok: true, source: { file, data, locate: (path, atKey = false) => locateNode(doc, lineCounter, path, atKey) } };
}

function yamlErrorMessage(code: string, message: string): string {
  // yaml reports its own stack running out on deep nesting; say what the file did instead.
  if (code === 'RESOURCE_EXHAUSTION') return TOO_DEEP;
  if (code === 'TOO_DEEP' || code === 'MULTIPLE_DOCS' || code === 'UNREADABLE') return message;
  return `invalid YAML: ${message.split('\n')[0] ?? message}`;
}

function locateNode(
  doc: Document,
  lineCounter: LineCounter,
  path: DataPath,
  atKey: boolean,
): { line: number; col: number } | undefined {
  let node: Node | null | undefined = doc.contents;
  let best = node;
  for (const [index, key] of path.entries()) {
    const next = childOf(node, key, atKey && index === path.length - 1);
    if (!next) break;
    node = next;
    best = next;
  }
  if (!best?.range) return undefined;
  return lineCounter.linePos(best.range[0]);
}

function childOf(node: Node | null | undefined, key: PropertyKey, wantKey: boolean): Node | undefined {
  if (isMap(node)) {
    const pair = pairsByKey(node).get(String(key));
    if (!pair) return undefined;
    if (wantKey && isNode(pair.key)) return pair.key;
    // An omitted value may have no node of its own: then point at the key.
    if (isNode(pair.value) && pair.value.range) return pair.value;
    return isNode(pair.key) ? pair.key : undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return isNode(item) ? item : undefined;
  }
  return undefined;
}

const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

/** A mapping's pairs by key, built once: a file with thousands of problems is located in linear time. */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}
