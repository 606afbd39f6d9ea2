import { ID_PATTERN } from '../question-types/schema-parts.js';
import { parseYamlSource } from '../util/yaml-source.js';

/** Lines at the left margin that start with the key `id`: a top-level `id:` is one of them. */
const ID_KEY_LINE = /^id[ \t]*:/gm;
/** The usual spelling of that line, `id: acme-audit` (plain or quoted, maybe a comment after). */
const PLAIN_ID_LINE = /^id:[ \t]+(["']?)([A-Za-z0-9][A-Za-z0-9._-]*)\1[ \t]*(?:#[^\n]*)?\r?$/m;

/**
 * The questionnaire id a file's text declares, or undefined when it declares none that could be an
 * id. Finding a questionnaire by id reads the id of every file in ./questionnaires/, so the usual
 * case costs a line scan, not a parse: one `id:` line at the left margin can only be the top-level
 * key (a block scalar's lines are indented). Anything less plain (JSON, flow style, two such
 * lines, a line in a quoted string) is parsed, so the answer is always the parser's.
 */
export function questionnaireIdOf(file: string, text: string): string | undefined {
  const keyLines = text.match(ID_KEY_LINE)?.length ?? 0;
  const plain = keyLines === 1 ? PLAIN_ID_LINE.exec(text) : null;
  if (plain) return plain[2];
  return parsedId(file, text);
}

function parsedId(file: string, text: string): string | undefined {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return undefined;
  const id = (parsed.source.data as { id?: unknown } | null)?.id;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
}
