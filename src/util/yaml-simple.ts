/**
 * The data of a YAML text in the plain form nearly every answer file has (what `run` and `import`
 * write, and what people type by hand): nested block mappings and lists of one-line scalars, with
 * blank and comment lines between, and text on several lines as a literal block (`|`, `|-`).
 * `team` over 1,000 answer files spent most of its time in yaml's general parser; this reads that
 * form in one pass over the lines. Undefined for anything else, and for whatever it is not sure
 * of, so yaml parses it as before (and reports its problems, positioned): a tab, an anchor, a tag,
 * a flow collection, a plain or quoted scalar on several lines, a folded block or one with
 * indicators (`>`, `|+`, `|2`), a trailing comment, a lone carriage return, a duplicate or odd key,
 * a number other than a plain integer. What it returns is what yaml's parseDocument and toJS make
 * of the same text (the core schema of YAML 1.2).
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r')) {
    // Lines ended the Windows way (an editor's choice, not the file's content): read as \n; a lone \r is left to yaml.
    text = text.replaceAll('\r\n', '\n');
    if (text.includes('\r')) return undefined;
  }
  if (text.includes('\t')) return undefined;
  const root: Record<string, unknown> = {};
  const stack: Container[] = [{ indent: 0, map: root }];
  let pending: { map: Record<string, unknown>; key: string; indent: number } | undefined;
  let count = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const indent = indentOf(line);
    if (indent === line.length || line.charCodeAt(indent) === HASH) continue;
    count++;
    if (pending) {
      if (indent > pending.indent) {
        if (stack.length >= MAX_DEPTH) return undefined;
        const container: Container = line.startsWith('- ', indent) ? { indent, list: [] } : { indent, map: {} };
        pending.map[pending.key] = container.list ?? container.map;
        stack.push(container);
      } else pending.map[pending.key] = null;
      pending = undefined;
    }
    while ((stack.at(-1) as Container).indent > indent) stack.pop();
    const top = stack.at(-1) as Container;
    if (top.indent !== indent) return undefined;
    if (top.list) {
      if (!line.startsWith('- ', indent)) return undefined;
      const value = scalar(line.slice(indent + 2));
      if (value === NOT_SIMPLE) return undefined;
      top.list.push(value);
      continue;
    }
    const map = top.map as Record<string, unknown>;
    const colon = line.indexOf(':', indent);
    if (colon < 0) return undefined;
    const key = line.slice(indent, colon);
    if (!SIMPLE_KEY.test(key) || NOT_TEXT.test(key) || key === PROTOTYPE_KEY || Object.hasOwn(map, key)) return undefined;
    if (colon === line.length - 1) {
      pending = { map, key, indent };
      continue;
    }
    if (line.charCodeAt(colon + 1) !== SPACE) return undefined;
    const text = line.slice(colon + 2);
    if (text === '|' || text === '|-') {
      const block = literalBlock(lines, n + 1, indent, text === '|-');
      if (!block) return undefined;
      map[key] = block.value;
      n = block.next - 1;
      continue;
    }
    const value = scalar(text);
    if (value === NOT_SIMPLE) return undefined;
    map[key] = value;
  }
  if (count === 0) return undefined;
  if (pending) pending.map[pending.key] = null;
  return root;
}

/** A mapping or a list being filled, and the column its entries start at. */
interface Container {
  indent: number;
  map?: Record<string, unknown>;
  list?: unknown[];
}

const HASH = 0x23;
const SPACE = 0x20;
/** An answer file nests three deep (answers, a question, its list); a little room beyond that. */
const MAX_DEPTH = 6;
const PROTOTYPE_KEY = '__proto__';
const NOT_SIMPLE = Symbol('not simple');

/** A key read as the same text in the data: no number, no null or yes/no word (see NOT_TEXT). */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The core schema's null and booleans: the words a letter-led plain scalar may resolve to. */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * Plain text that cannot be read as anything else: led by a letter, and with nothing that could end
 * it (a colon before a space or at the end, a #), no trailing space (yaml trims it), no control,
 * line or byte-order character, and nothing beyond the Basic Multilingual Plane (left to yaml, to
 * be sure). A colon within, as in the sha256:… of questionnaireHash, is text.
 */
const PLAIN_TEXT = /^[A-Za-z](?:[^\x00-\x1f\x7f-\x9f:#\u2028\u2029\ufeff\ud800-\udfff]|:(?=[^ ]))*$/;
/**
 * Quoted text, whole on its line: single quotes ('' for a quote), or double with the escapes yaml's
 * own writer uses for text typed on several lines or with quotes in it (\n, \t, \", \\ and a few more).
 */
const SINGLE_QUOTED = /^'((?:[^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]|'')*)'$/;
const DOUBLE_QUOTED = /^"((?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]|\\[nrt"\\/])*)"$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/' };
/** Integers as yaml reads them exactly (no sign, no leading zero, within a double's integers). */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** A date, or a date and time as run writes started and completed, which the core schema leaves as text. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$/;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

function scalar(text: string): unknown {
  if (text.endsWith(' ')) return NOT_SIMPLE;
  const first = text.charCodeAt(0);
  if (first === DOUBLE_QUOTE) {
    const quoted = DOUBLE_QUOTED.exec(text)?.[1];
    if (quoted === undefined) return NOT_SIMPLE;
    return quoted.includes('\\') ? quoted.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] as string) : quoted;
  }
  if (first === SINGLE_QUOTE) {
    const quoted = SINGLE_QUOTED.exec(text)?.[1];
    return quoted === undefined ? NOT_SIMPLE : quoted.replaceAll("''", "'");
  }
  if (PLAIN_TEXT.test(text)) {
    if (!NOT_TEXT.test(text)) return text;
    return text.length === 4 ? (first === 0x74 || first === 0x54 ? true : null) : false;
  }
  if (INTEGER.test(text)) return Number(text);
  if (DATE.test(text)) return text;
  return NOT_SIMPLE;
}

/** Text of a literal block, as yaml's writer puts text typed on several lines: no control, line or byte-order character, nothing beyond the Basic Multilingual Plane. */
const BLOCK_TEXT = /^[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*$/;

/**
 * The literal block scalar (`|` or `|-`, under a key at column `parent`) whose lines start at
 * `start`: its indentation is its first line's, which must hold text; the block ends at the first
 * line indented less that is not empty. Lines of spaces only, and a block that ends the text
 * without a line break, are left to yaml (their rules differ by case).
 */
function literalBlock(lines: readonly string[], start: number, parent: number, strip: boolean): { value: string; next: number } | undefined {
  const first = lines[start];
  if (first === undefined) return undefined;
  const indent = indentOf(first);
  if (indent <= parent || indent === first.length) return undefined;
  const content: string[] = [];
  let n = start;
  for (; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line === '') {
      content.push('');
      continue;
    }
    const lineIndent = indentOf(line);
    if (lineIndent === line.length) return undefined;
    if (lineIndent < indent) break;
    const text = line.slice(indent);
    if (!BLOCK_TEXT.test(text)) return undefined;
    content.push(text);
  }
  // split('\n') leaves '' after a final line break; without one, the block's last line has none.
  if (n === lines.length && lines[n - 1] !== '') return undefined;
  while (content.at(-1) === '') content.pop();
  const body = content.join('\n');
  return { value: strip ? body : `${body}\n`, next: n };
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
}
