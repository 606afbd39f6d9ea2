import { escapeHtml } from './escape.js';

// The inline Markdown our renderers write: backslash escapes, the three entities the Markdown
// escaper uses, **strong**, *emphasis* and `code`. Respondent and questionnaire text reaches here
// with every marker escaped (markdown-escape.ts), so an unescaped marker is the renderer's own.
// Whatever the input, every character of text leaves through escapeHtml: no markup but the three
// tags below can come out, and they always nest.

const MARKDOWN_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const TOKEN = /\\([!-/:-@[-`{-~])|(&amp;|&lt;|&gt;)|(\*\*|\*)|(`[^`]*`)/g;

type Token = { text: string } | { marker: '**' | '*' } | { code: string };

function tokens(markdown: string): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (const match of markdown.matchAll(TOKEN)) {
    if (match.index > from) out.push({ text: markdown.slice(from, match.index) });
    const [whole, escaped, entity, marker, code] = match;
    if (escaped !== undefined) out.push({ text: escaped });
    else if (entity !== undefined) out.push({ text: MARKDOWN_ENTITIES[entity] ?? entity });
    else if (marker !== undefined) out.push({ marker: marker as '**' | '*' });
    else out.push({ code: (code ?? whole).slice(1, -1) });
    from = match.index + whole.length;
  }
  if (from < markdown.length) out.push({ text: markdown.slice(from) });
  return out;
}

const TAGS = { '**': 'strong', '*': 'em' } as const;

/** One line of inline Markdown as HTML; markers that do not pair up are shown as they are. */
export function inlineHtml(markdown: string): string {
  const parts = tokens(markdown);
  const open: ('**' | '*')[] = [];
  let html = '';
  for (const part of parts) {
    if ('text' in part) html += escapeHtml(part.text);
    else if ('code' in part) html += `<code>${escapeHtml(part.code)}</code>`;
    else if (open[open.length - 1] === part.marker) html += `</${TAGS[open.pop() ?? part.marker]}>`;
    else if (open.includes(part.marker)) return plainHtml(parts);
    else {
      open.push(part.marker);
      html += `<${TAGS[part.marker]}>`;
    }
  }
  return open.length === 0 ? html : plainHtml(parts);
}

/** The same line with its markers as text: for Markdown that is not ours to read. */
function plainHtml(parts: readonly Token[]): string {
  return parts.map((part) => ('text' in part ? escapeHtml(part.text) : 'code' in part ? `<code>${escapeHtml(part.code)}</code>` : escapeHtml(part.marker))).join('');
}

/** The text a reader sees, without markup: for the page title and labels. */
export function inlineText(markdown: string): string {
  return tokens(markdown)
    .map((part) => ('text' in part ? part.text : 'code' in part ? part.code : ''))
    .join('');
}
