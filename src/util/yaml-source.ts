import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DataPath } from './data-path.js';
import type { Problem } from './errors.js';

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

/** Aliases beyond this are treated as an expansion attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

export function parseYamlSource(file: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const clean = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(clean, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    // After the first syntax error the parser's further complaints are mostly echoes of it;
    // duplicate keys are independent, so all of them are worth listing.
    const syntax = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
    return {
      ok: false,
      problems: (syntax ? [syntax] : doc.errors).map((error) => {
        const pos = error.linePos?.[0];
        const keyText = /^["']?([^:\n"']{1,80})/.exec(clean.slice(error.pos[0]))?.[1]?.trim();
        return { file, line: pos?.line, col: pos?.col, message: yamlErrorMessage(error.code, error.message, keyText) };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // toJS throws for alias bombs and unresolved aliases; neither is in doc.errors.
    const message = error instanceof Error ? error.message : String(error);
    const text = /Excessive alias count/.test(message)
      ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); the file expands beyond what a questionnaire needs`
      : `invalid YAML: ${message}`;
    return { ok: false, problems: [{ file, message: text }] };
  }
  return { ok: true, source: { file, data, locate: (path, atKey = false) => locateNode(doc, lineCounter, path, atKey) } };
}

function yamlErrorMessage(code: string, message: string, keyText: string | undefined): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key${keyText ? ` "${keyText}"` : ''}: each key may appear once in a mapping`;
  const first = message.split('\n')[0] ?? message;
  return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
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
    const pair = node.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
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
