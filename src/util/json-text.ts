// JSON.stringify escapes C0 controls but leaves C1 controls (U+0080–U+009F, where U+009B is a
// CSI some terminals obey), DEL and the bidi overrides raw. Escaped, they parse back the same.
const UNSAFE_IN_TERMINAL = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Pretty JSON that is also safe to print to a terminal: every `--json` output goes through it. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
