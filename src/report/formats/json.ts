import { teamJson } from '../../formats/team-json/write.js';
import { jsonText } from '../../util/json-text.js';
import { comparisonJson } from '../comparison-json.js';
import { scorecardJson } from '../scorecard-json.js';
import { teamActionsJson } from '../team/actions.js';
import { trendJson } from '../trend-json.js';
import { mirrorJson } from '../mirror-json.js';
import type { OutputFormat } from './output-format.js';

/** For machines: the documented JSON objects (README "JSON output"), at full precision, no charts. */
export const jsonFormat: OutputFormat = {
  name: 'json',
  extension: '.json',
  chartFiles: false,
  renderers: {
    individual: (document) => jsonText(scorecardJson(document.scorecard, document.questionnaire)),
    team: (document) => jsonText(teamJson(document.summary, { skipped: document.skipped, notAsked: document.notAsked, actions: teamActionsJson(document.summary, document.questionnaire) })),
    comparison: (document) => jsonText(comparisonJson(document.comparison, document.target)),
    trend: (document) => jsonText(trendJson(document.trend)),
    mirror: (document) => jsonText(mirrorJson(document.mirror)),
  },
};
