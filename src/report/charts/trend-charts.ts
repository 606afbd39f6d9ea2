import type { Questionnaire, Rubric } from '../../questionnaire/schema.js';
import { bandsDescending, sectionRubric } from '../../scoring/bands.js';
import type { Trend, TrendSeries } from '../../scoring/trend.js';
import { bandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
import type { ChartFile } from './assessment-charts.js';
import { renderLineChart } from './line.js';
import { seriesStyle } from './palette.js';

/** The series trend charts draw, in their order: the overall score, then each section with a score. */
export function chartedSeries(trend: Trend): TrendSeries[] {
  return [trend.overall, ...trend.sections.filter((series) => series.scores.some((score) => score !== null))];
}

/** A line chart of the overall score and one per section with a score, each over its own bands. */
export function trendCharts(trend: Trend, questionnaire: Questionnaire): { series: TrendSeries; chart: ChartFile }[] {
  const definitions = new Map(questionnaire.sections.map((section) => [section.id, section]));
  const [, ...plotted] = chartedSeries(trend);
  return [
    { series: trend.overall, chart: trendChart(trend, trend.overall, 'overall', questionnaire.rubric, questionnaire.title) },
    ...plotted.map((series) => {
      const definition = definitions.get(series.id);
      const rubric = definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric;
      // Prefixed, so a section whose id is "overall" cannot take the overall chart's file name.
      return { series, chart: trendChart(trend, series, `section-${series.id}`, rubric, questionnaire.title) };
    }),
  ];
}

function trendChart(trend: Trend, series: TrendSeries, suffix: string, rubric: Rubric, questionnaireTitle: string): ChartFile {
  const dates = trend.assessments.map((a) => a.date.slice(0, 10));
  const points = series.scores.map((score, i) => `${dates[i]} ${formatScore(score)}`).join(', ');
  const svg = renderLineChart({
    title: `${series.title}: score over time`,
    subtitle: `${questionnaireTitle} · ${trend.assessments.length} assessments`,
    desc: `Line chart of the ${series.title} score from 0 to 100 at each assessment: ${points}.`,
    xLabels: dates,
    series: [{ name: series.title, values: series.scores, style: seriesStyle(0) }],
    bands: bandsDescending(rubric).map((band) => ({ label: band.label, min: band.min, tone: bandTone(band, rubric) ?? 'fair' })),
  });
  return { suffix, alt: `Line chart of the ${series.title} score over time`, svg };
}
