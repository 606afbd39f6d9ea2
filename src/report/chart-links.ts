import { encodeNameForUri } from '../util/os-path.js';
import { escapeInline } from './markdown-escape.js';

/** A chart written beside a Markdown report: its file name (same folder) and alt text. */
export interface ChartLink {
  file: string;
  alt: string;
}

/** Relative image links, one paragraph each; the file name is URL-encoded so any name links. */
export function chartImageLines(links: readonly ChartLink[]): string[] {
  return links.flatMap((link) => [`![${escapeInline(link.alt)}](${encodeNameForUri(link.file)})`, '']);
}
