import { chartedSeries } from '../charts/trend-charts.js';
import { renderComparisonReport } from '../comparison-report-markdown.js';
import { renderIndividualReport } from '../individual-markdown.js';
import { renderTeamReport } from '../team-markdown.js';
import { renderTrendReport } from '../trend-markdown.js';
import type { OutputFormat } from './output-format.js';

/** The reports a consultant reads and edits: Markdown with SVG charts beside it. */
export const markdownFormat: OutputFormat = {
  name: 'markdown',
  extension: '.md',
  chartFiles: true,
  renderers: {
    individual: (document, { links }) =>
      renderIndividualReport(document.scorecard, document.questionnaire, { charts: links, sinceLastTime: document.sinceLastTime, target: document.target, handover: document.handover }),
    team: (document, { links }) =>
      renderTeamReport(document.summary, document.questionnaire, { skipped: document.skipped, notAsked: document.notAsked, charts: links, ...(document.sinceLastTime ? { sinceLastTime: document.sinceLastTime } : {}), handover: document.handover }),
    comparison: (document, { links }) => renderComparisonReport(document.comparison, document.questionnaire, { charts: links, target: document.target, handover: document.handover }),
    trend: (document, { links }) => {
      const series = chartedSeries(document.trend);
      return renderTrendReport(document.trend, document.questionnaire, new Map(links.map((link, i) => [series[i]!, link] as const)), document.handover);
    },
  },
};
