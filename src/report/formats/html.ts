import type { ChartLink } from '../chart-links.js';
import { markdownFormat } from './markdown.js';
import type { DocumentKind, DocumentOf } from './documents.js';
import { chartPlaceholder, inlineChart } from './html/charts.js';
import { htmlPage } from './html/page.js';
import type { OutputFormat, RenderContext } from './output-format.js';

/**
 * A page to hand over, open in any browser and print: the Markdown report of the same document,
 * so both always say the same, as one self-contained HTML file with its charts inline as SVG.
 */
function page<K extends DocumentKind>(kind: K) {
  return (document: DocumentOf<K>, context: RenderContext): string => {
    const charts = document.charts();
    const links: ChartLink[] = charts.map((chart, i) => ({ file: chartPlaceholder(i), alt: chart.alt }));
    const markdown = markdownFormat.renderers[kind](document, { ...context, links });
    return htmlPage(markdown, (target) => inlineChart(charts, target));
  };
}

export const htmlFormat: OutputFormat = {
  name: 'html',
  extension: '.html',
  chartFiles: false,
  renderers: { individual: page('individual'), team: page('team'), comparison: page('comparison'), trend: page('trend'), mirror: page('mirror') },
};
