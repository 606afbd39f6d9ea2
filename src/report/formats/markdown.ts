import { isFavourableChart } from '../charts/favourable-chart.js';
import { renderComparisonReport } from '../comparison-report-markdown.js';
import { renderIndividualReport } from '../individual-markdown.js';
import { renderTeamReport } from '../team-markdown.js';
import { renderTrendReport } from '../trend-markdown.js';
import { renderMirrorReport } from '../mirror-markdown.js';
import type { OutputFormat } from './output-format.js';
import { GROUP_HEATMAP_SUFFIX } from '../charts/group-heatmap.js';

/** The reports a consultant reads and edits: Markdown with SVG charts beside it. */
export const markdownFormat: OutputFormat = {
  name: 'markdown',
  extension: '.md',
  chartFiles: true,
  renderers: {
    individual: (document, { links }) =>
      renderIndividualReport(document.scorecard, document.questionnaire, { charts: links, sinceLastTime: document.sinceLastTime, target: document.target, handover: document.handover }),
    team: (document, { links }) => {
      // Links come in the order of document.charts(): the items' charts go by the item table, the rest under the summary.
      const suffixes = document.charts().map((chart) => chart.suffix);
      const itemCharts = links.filter((_, i) => isFavourableChart(suffixes[i] ?? ''));
      const groupCharts = links.filter((_, i) => suffixes[i] === GROUP_HEATMAP_SUFFIX);
      const charts = links.filter((_, i) => !isFavourableChart(suffixes[i] ?? '') && suffixes[i] !== GROUP_HEATMAP_SUFFIX);
      const since = document.sinceLastTime ? { sinceLastTime: document.sinceLastTime } : {};
      return renderTeamReport(document.summary, document.questionnaire, { skipped: document.skipped, notAsked: document.notAsked, charts, itemCharts, groupCharts, ...since, handover: document.handover });
    },
    comparison: (document, { links }) => renderComparisonReport(document.comparison, document.questionnaire, { charts: links, target: document.target, handover: document.handover }),
    trend: (document, { links }) => renderTrendReport(document.trend, document.questionnaire, links, document.handover),
    mirror: (document, { links }) => renderMirrorReport(document.mirror, { staff: document.questionnaire, customers: document.customers }, { charts: links, handover: document.handover, date: document.date }),
  },
};
