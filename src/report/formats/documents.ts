import type { Questionnaire } from '../../questionnaire/schema.js';
import type { Comparison } from '../../scoring/compare.js';
import type { Mirror } from '../../scoring/mirror.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import type { TargetReport } from '../../scoring/targets.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import type { Trend } from '../../scoring/trend.js';
import type { ChartFile } from '../charts/assessment-charts.js';
import type { Handover } from '../title-block.js';

// What a command hands a renderer: one of five reports, with everything any format needs. Charts
// are drawn only when a format writes them beside its file (Markdown), once: `charts` remembers them.

export interface IndividualDocument {
  kind: 'individual';
  questionnaire: Questionnaire;
  scorecard: Scorecard;
  sinceLastTime?: Comparison;
  target?: TargetReport;
  /** Client, consultant and date for the title block (--client, --prepared-by, the engagement file). */
  handover?: Handover;
  charts(): readonly ChartFile[];
}

export interface TeamDocument {
  kind: 'team';
  questionnaire: Questionnaire;
  summary: TeamSummary;
  /** The team as compare and trend see it, for its section bars. */
  snapshot: Snapshot;
  /** Inputs left out with --skip-invalid. */
  skipped: number;
  /** Scored questions a form export had no column for, accepted with --allow-missing. */
  notAsked?: readonly string[];
  sinceLastTime?: Comparison;
  /** As an individual report's. */
  handover?: Handover;
  charts(): readonly ChartFile[];
}

export interface ComparisonDocument {
  kind: 'comparison';
  questionnaire: Questionnaire;
  comparison: Comparison;
  target?: TargetReport;
  /** As an individual report's; dated by the later assessment. */
  handover?: Handover;
  charts(): readonly ChartFile[];
}

export interface TrendDocument {
  kind: 'trend';
  questionnaire: Questionnaire;
  trend: Trend;
  /** As an individual report's; dated by the latest assessment. */
  handover?: Handover;
  /** The one chart of every score over time (`trendChart`). */
  charts(): readonly ChartFile[];
}

export interface MirrorDocument {
  kind: 'mirror';
  /** The staff's questionnaire: names the default report path. */
  questionnaire: Questionnaire;
  /** The customers' questionnaire. */
  customers: Questionnaire;
  mirror: Mirror;
  /** As an individual report's; dated by the later of the two sides' latest responses. */
  handover?: Handover;
  /** Date of the later side's latest response, if any. */
  date: string | null;
  /** Paired bars per dimension (`mirrorChart`). */
  charts(): readonly ChartFile[];
}

export type ReportDocument = IndividualDocument | TeamDocument | ComparisonDocument | TrendDocument | MirrorDocument;
export type DocumentKind = ReportDocument['kind'];
export type DocumentOf<K extends DocumentKind> = Extract<ReportDocument, { kind: K }>;
