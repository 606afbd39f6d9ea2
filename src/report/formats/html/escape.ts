/** Characters XML 1.0 forbids even when escaped (the page is well-formed XHTML as well as HTML). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value made inert in HTML: every character that could open a tag, an
 * entity or end a quoted attribute is an entity, and characters XML forbids are dropped. Only
 * the five XML entities are used, so a strict XML parser reads the page too.
 */
export function escapeHtml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
