import type { Questionnaire } from '../../questionnaire/schema.js';
import { bandsDescending } from '../../scoring/bands.js';
import type { Trend, TrendSeries } from '../../scoring/trend.js';
import { bandTone } from '../band-tone.js';
import { formatScore } from '../format.js';
import type { ChartFile } from './assessment-charts.js';
import { renderLineChart } from './line.js';
import { OVERALL_STYLE, seriesStyle } from './palette.js';

/** The file-name suffix of the trend chart: <report name>-over-time.svg. */
export const TREND_CHART_SUFFIX = 'over-time';

/** The series the trend chart draws, in their order: the overall score, then each section with a score. */
export function chartedSeries(trend: Trend): TrendSeries[] {
  return [trend.overall, ...trend.sections.filter((series) => series.scores.some((score) => score !== null))];
}

/**
 * One chart of every score over time: the overall score thick and dark, each section a line of its
 * own colour and dash, each named with its last score at its end. The stripes are the overall
 * score's bands (a section with bands of its own is read against the table).
 */
export function trendChart(trend: Trend, questionnaire: Questionnaire): ChartFile {
  const dates = trend.assessments.map((a) => a.date.slice(0, 10));
  const series = chartedSeries(trend);
  const described = series.map((s) => `${s.title}: ${s.scores.map((score, i) => `${dates[i]} ${formatScore(score)}`).join(', ')}.`);
  const svg = renderLineChart({
    title: 'Scores over time',
    subtitle: `${questionnaire.title} · ${trend.assessments.length} assessments · overall in bold, bands of the overall score`,
    desc: `Line chart of the overall score (thick dark line) and each section's score from 0 to 100 at each assessment. ${described.join(' ')}`,
    xLabels: dates,
    series: series.map((s, k) => ({ name: s.title, values: s.scores, style: k === 0 ? OVERALL_STYLE : seriesStyle(k - 1) })),
    bands: bandsDescending(questionnaire.rubric).map((band) => ({ label: band.label, min: band.min, tone: bandTone(band, questionnaire.rubric) ?? 'fair' })),
    endLabels: true,
  });
  return { suffix: TREND_CHART_SUFFIX, alt: 'Line chart of the overall and section scores over time', svg };
}
