import type { Trend, TrendSeries } from '../scoring/trend.js';
import { overlapJson } from './comparison-json.js';

/** Bumped when a field is renamed or removed; adding fields keeps it. */
export const TREND_JSON_SCHEMA_VERSION = 1;

/** The documented `trend --json` object (README "trend"): scores 0..100 at full precision, oldest first. */
export function trendJson(trend: Trend) {
  return {
    schemaVersion: TREND_JSON_SCHEMA_VERSION,
    questionnaire: trend.questionnaire,
    changeRule: trend.changeRule,
    assessments: trend.assessments,
    overall: seriesJson(trend.overall),
    sections: trend.sections.map(seriesJson),
    overlap: overlapJson(trend.overlap),
  };
}

function seriesJson(series: TrendSeries) {
  return { id: series.id, title: series.title, scores: series.scores, bands: series.bands.map((band) => band?.label ?? null), change: series.change };
}
