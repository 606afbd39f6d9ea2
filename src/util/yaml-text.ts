/**
 * Characters YAML does not allow as they are in a scalar or a comment (DEL, C1 controls, line and
 * paragraph separators, a BOM, non-characters), or that some readers take for a line break (NEL).
 * JSON.stringify already escapes C0 controls and lone surrogates.
 */
const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** A plain scalar that reads back as the same string in any YAML 1.1 or 1.2 reader. */
const PLAIN = /^[A-Za-z_][\w .\-()/?'&]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** `text` as a YAML double-quoted scalar (JSON syntax, which YAML reads), printable throughout. */
export function yamlQuoted(text: string): string {
  return escapeUnprintable(JSON.stringify(text));
}

/** `text` as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(text: string): string {
  return PLAIN.test(text) && !text.endsWith(' ') && !RESERVED.test(text) ? text : yamlQuoted(text);
}

/** Text already quoted (see quote.ts) made safe for a YAML comment: a comment ends at a line break, so none may be in it. */
export function escapeUnprintable(text: string): string {
  return text.replace(NOT_PRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
