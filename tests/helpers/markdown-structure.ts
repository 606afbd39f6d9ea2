import { lint } from 'markdownlint/sync';

/**
 * The Markdown constructs a renderer may produce, or that user text must never produce, counted
 * from the same micromark parse markdownlint uses (CommonMark + GFM tables, autolinks,
 * footnotes and math). Two renders with the same counts have the same structure, whatever text
 * sits in their cells and paragraphs. Directives are left out: markdownlint parses `:name`
 * as one, GitHub shows it as text.
 */
const STRUCTURE = [
  'atxHeading', 'setextHeading', 'thematicBreak', 'listOrdered', 'listUnordered', 'listItemPrefix', 'blockQuote',
  'table', 'tableRow', 'tableHeader', 'tableData', 'strong', 'emphasis', 'link', 'image', 'autolink', 'literalAutolink',
  'htmlFlow', 'htmlText', 'codeText', 'codeFenced', 'codeIndented', 'mathText', 'mathFlow', 'definition',
  'gfmFootnoteCall', 'gfmFootnoteDefinition', 'undefinedReference', 'undefinedReferenceShortcut',
  'undefinedReferenceCollapsed', 'undefinedReferenceFull', 'hardBreakEscape', 'hardBreakTrailing',
] as const;

export function markdownStructure(markdown: string): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(STRUCTURE.map((type) => [type, 0]));
  const collect = {
    names: ['collect-structure'],
    description: 'counts constructs',
    tags: ['test'],
    parser: 'micromark' as const,
    function: (params: { parsers: { micromark: { tokens: Token[] } } }) => {
      const stack = [...params.parsers.micromark.tokens];
      for (let token = stack.pop(); token; token = stack.pop()) {
        if (token.type in counts) counts[token.type] = (counts[token.type] ?? 0) + 1;
        stack.push(...token.children);
      }
    },
  };
  lint({ strings: { report: markdown }, config: { default: false, 'collect-structure': true }, customRules: [collect as never] });
  return counts;
}

interface Token {
  type: string;
  children: Token[];
}
