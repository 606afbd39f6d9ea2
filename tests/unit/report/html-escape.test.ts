import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/report/formats/html/escape.js';
import { inlineHtml, inlineText } from '../../../src/report/formats/html/inline.js';
import { escapeInline, escapeLines } from '../../../src/report/markdown-escape.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { parseXml } from '../../helpers/svg.js';

// Text into HTML: the escaper on its own, and inline Markdown (as our renderers write it) read back
// into the three tags the page uses. User text reaches HTML only through these.

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt; stays visible', '&amp;lt; stays visible'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['bell\u0007 nul\u0000 c1\u0085 kept: tab\tnewline\n', 'bell nul c1 kept: tab\tnewline\n'],
    ['lone \ud800 surrogate, pair 😀 kept', 'lone  surrogate, pair 😀 kept'],
    ['Ünïcødé – “quotes”', 'Ünïcødé – “quotes”'],
  ])('%j → %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s is text in an element and in an attribute', (_name, text) => {
    const html = escapeHtml(text);
    expect(html).not.toMatch(/[<>"']/);
    const element = parseXml(`<p title="${html}">${html}</p>`);
    expect(element.children).toEqual([]);
    expect(Object.keys(element.attributes)).toEqual(['title']);
  });
});

describe('inlineHtml', () => {
  it.each([
    ['**Overall score: 81.9 out of 100, Strong.**', '<strong>Overall score: 81.9 out of 100, Strong.</strong>'],
    ['*Complaints:* Fix it.', '<em>Complaints:</em> Fix it.'],
    ['`q-1` and `x_y`', '<code>q-1</code> and <code>x_y</code>'],
    ['Before → **After**', 'Before → <strong>After</strong>'],
    ['\\*not emphasis\\* a\\|b \\# c:\\/\\/d', '*not emphasis* a|b # c://d'],
    ['&lt;b&gt; &amp; &quot;', '&lt;b&gt; &amp; &amp;quot;'],
    ['**unclosed', '**unclosed'],
    ['*a **b* c**', '*a **b* c**'],
    ['**a *b* c**', '<strong>a <em>b</em> c</strong>'],
  ])('%j → %j', (markdown, html) => {
    expect(inlineHtml(markdown)).toBe(html);
  });

  it('gives the plain text for a title', () => {
    expect(inlineText('**Ann** \\& `id` &lt;3')).toBe('Ann & id <3');
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s, escaped for Markdown, comes out as the same text and no tag', (_name, text) => {
    for (const line of [escapeInline(text), ...escapeLines(text)]) {
      const html = inlineHtml(line);
      expect(html).not.toMatch(/<(?!\/?(?:strong|em|code)>)/);
      expect(parseXml(`<p>${html}</p>`).children).toEqual([]);
    }
    // The reader sees exactly what was written (on one line), not the escapes.
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(text.replace(/[\n\t]/g, ' '))) {
      expect(parseXml(`<p>${inlineHtml(escapeInline(text))}</p>`).text).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
