/**
 * The page's only styles, inline: system fonts (no font is fetched), tables that scroll on a
 * narrow screen and shrink in print, and print rules that keep headings with what follows and
 * charts, quotes, table rows, short tables and short sections (class keep) whole. @page leaves the paper size to the printer (A4 or Letter):
 * the margins and the 180 mm text width fit both.
 */
export const STYLESHEET = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa; --up: #1a7f37; --down: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.12rem; margin: 1.5rem 0 0.5rem; }
p, ul, ol, blockquote { margin: 0 0 0.9rem; }
li { margin: 0.2rem 0; }
blockquote { margin-left: 0; padding: 0.25rem 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; background: var(--band); padding: 0.1em 0.3em; border-radius: 4px; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: 0.92rem; min-width: 50%; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.up { color: var(--up); }
.down { color: var(--down); }
figure.chart { margin: 0 0 1.25rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
@page { size: auto; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin-top: 16pt; }
  h3 { font-size: 11.5pt; }
  h1, h2, h3, .lead { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  section.keep, .lead, table.keep, tr, figure, blockquote, li { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; width: 100%; }
  th, td { padding: 2pt 4pt; }
  thead { display: table-header-group; }
  figure.chart svg { max-height: 120mm; width: auto; }
}
`;
