import type { ChalkInstance } from 'chalk';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { sectionRubric } from '../../scoring/bands.js';
import type { Trend } from '../../scoring/trend.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatScore } from '../format.js';
import { scoreBar } from './bar.js';
import { paintChange } from './change.js';
import { paintBand } from './score-summary.js';
import { textTable } from './table.js';
import { hasScoresOverTime } from '../scored-sections.js';

/** `trend` in the terminal: a row per section with a score per assessment, a bar of the latest, the change. */
export function renderTrendTable(trend: Trend, questionnaire: Questionnaire, style: ChalkInstance): string {
  const definitions = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const header = ['', ...trend.assessments.map((a) => a.date.slice(0, 10)), 'latest', 'change'].map((h) => style.bold(h));
  const scored = hasScoresOverTime(questionnaire);
  const rows = [trend.overall, ...trend.sections.filter(scored)].map((series) => {
    const definition = definitions.get(series.id);
    const rubric = definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric;
    const latest = series.scores[series.scores.length - 1] ?? null;
    const band = series.bands[series.bands.length - 1] ?? null;
    const title = series.id === 'overall' ? style.bold(clean(series.title)) : clean(series.title);
    return [title, ...series.scores.map(formatScore), scoreBar(latest, 10, style, paintBand(style, band, rubric)), paintChange(series.change, style)];
  });
  const heading = style.bold(`${clean(questionnaire.title)} · ${trend.assessments.length} assessments`);
  return `${heading}\n${textTable([header, ...rows])}`;
}
