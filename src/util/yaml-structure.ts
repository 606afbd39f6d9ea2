import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { Problem } from './errors.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import { quoted } from './quote.js';
import { TOO_DEEP } from './yaml-parse.js';

/** No format has this key, and in a plain object it would reach the prototype: refused everywhere. */
const PROTOTYPE_KEY = '__proto__';


/**
 * One pass over the parsed tree for what yaml checks slowly or not at all: duplicate keys
 * (yaml's own check is quadratic: 30,000 keys took 5 s), `__proto__` keys, keys that are lists
 * or mappings, and nesting deeper than any questionnaire or answer file needs.
 */
export function structureProblems(doc: Document, file: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const report = (node: { range?: [number, number, number] | null } | null | undefined, message: string) => {
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    problems.push({ file, line: pos?.line, col: pos?.col, message });
  };
  // An explicit stack, not recursion: the depth is exactly what may be hostile.
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING_DEPTH) {
      report(node, TOO_DEEP);
      break;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as unknown;
      const plain = key === null || (isScalar(key) && (key.value === null || ['string', 'number', 'boolean'].includes(typeof key.value)));
      if (plain) {
        // The name the key gets in the data (toJS): a null key becomes "", 1 and "1" collide.
        const name = key === null || key.value === null ? '' : String(key.value);
        if (name === PROTOTYPE_KEY) report(key, `the key "${PROTOTYPE_KEY}" is not allowed`);
        else if (seen.has(name)) report(key, `duplicate key ${quoted(name)}: each key may appear once in a mapping`);
        seen.add(name);
      } else {
        // A list, a mapping, an alias or a tagged value such as !!binary: JavaScript would turn it into text.
        report(key as { range?: [number, number, number] }, 'a key must be plain text, not a list, mapping, alias or tagged value');
      }
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
