import { extname } from 'node:path';
import type { DocumentKind, DocumentOf, ReportDocument } from './documents.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { FORMAT_NAMES, type FormatName } from './names.js';
import { pdfFormat } from './pdf.js';
import type { OutputFormat, RenderContext } from './output-format.js';

export type { FormatName } from './names.js';
import { terminalFormat } from './terminal.js';

/** Every output format, by the name `--format` takes. A new format is a file beside this one, its name in names.ts and a line here. */
export const outputFormats: Readonly<Record<FormatName, OutputFormat>> = { markdown: markdownFormat, html: htmlFormat, json: jsonFormat, terminal: terminalFormat, pdf: pdfFormat };

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The format a file name's ending asks for (`report.json` → json), if any. */
export function formatOfPath(path: string): OutputFormat | undefined {
  const ending = extname(path).toLowerCase();
  if (ending === '.markdown') return markdownFormat;
  if (ending === '.htm') return htmlFormat;
  return Object.values(outputFormats).find((format) => format.extension === ending);
}

/** Renders a document in a format: the one place a document meets the renderer for its kind. */
export function renderDocument(format: OutputFormat, document: ReportDocument, context: RenderContext): string {
  // The mapped type pairs each kind with its renderer; TypeScript cannot follow that through a union.
  const render = format.renderers[document.kind] as (document: DocumentOf<DocumentKind>, context: RenderContext) => string;
  return render(document, context);
}
