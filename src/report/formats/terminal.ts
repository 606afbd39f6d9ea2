import { renderComparisonSummary } from '../terminal/comparison-summary.js';
import { renderScoreSummary } from '../terminal/score-summary.js';
import { renderTeamSummary } from '../terminal/team-summary.js';
import { renderTrendTable } from '../terminal/trend-table.js';
import { renderMirrorTable } from '../terminal/mirror-table.js';
import type { OutputFormat } from './output-format.js';

/** The summaries printed on a terminal (bars, tables), also as plain text in a file. */
export const terminalFormat: OutputFormat = {
  name: 'terminal',
  extension: '.txt',
  chartFiles: false,
  renderers: {
    individual: (document, { style, columns }) => renderScoreSummary(document.scorecard, document.questionnaire, style, columns),
    team: (document, { style, columns }) => renderTeamSummary(document.summary, document.snapshot, document.questionnaire, style, columns),
    comparison: (document, { style, columns }) => renderComparisonSummary(document.comparison, document.questionnaire, style, document.target, columns),
    trend: (document, { style }) => renderTrendTable(document.trend, document.questionnaire, style),
    mirror: (document, { style }) => renderMirrorTable(document.mirror, style),
  },
};
