import { isOpenQuestionsSection } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { UserError } from '../util/errors.js';
import { byCodeUnits } from '../util/code-unit-order.js';
import { shownDifference } from './shown.js';
import type { TeamSummary } from './team/team-summary.js';
import { weightedMean } from './weighted-mean.js';

// The mirror: a staff team's results beside their customers' on the dimensions both measure
// (sections' `dimension:`). Service is what the customer says it is, so the gap is staff − customers.

export const DEFAULT_MIRROR_THRESHOLD = 10;

export type MirrorSideName = 'staff' | 'customers';

/** One side's team: the questionnaire it answered and its team summary. */
export interface MirrorInput {
  questionnaire: Questionnaire;
  summary: TeamSummary;
}

export interface MirrorSide {
  questionnaire: { id: string; version: number | string; title: string };
  respondents: number;
  /** Below the anonymity minimum: shown only with --allow-small-groups, and said so. */
  small: boolean;
}

/** A section that measures a dimension, with the team's mean (0..100) there. */
export interface MirrorSection {
  id: string;
  title: string;
  weight: number;
  mean: number | null;
  n: number;
}

/** One side's view of a dimension: the weighted mean of its sections' means, by section weight. */
export interface DimensionView {
  mean: number | null;
  /** Respondents with a score there: the most of any of its sections. */
  n: number;
  sections: MirrorSection[];
}

/** blind-spot: staff rate it higher by at least the threshold; hidden-strength: customers do; in-step otherwise. */
export type MirrorVerdict = 'blind-spot' | 'hidden-strength' | 'in-step' | 'no-score';

export interface MirrorDimension {
  id: string;
  title: string;
  staff: DimensionView;
  customers: DimensionView;
  /** staff − customers at full precision; null when a side has no score. */
  gap: number | null;
  /** The shown staff mean − the shown customers' mean, the gap reports print and the verdict reads. */
  shownGap: number | null;
  verdict: MirrorVerdict;
}

/** A dimension only one side measures. */
export interface OneSidedDimension {
  id: string;
  title: string;
  side: MirrorSideName;
  view: DimensionView;
}

export interface Mirror {
  staff: MirrorSide;
  customers: MirrorSide;
  /** Points a gap needs to be a blind spot or a hidden strength. */
  threshold: number;
  /** Dimensions both sides measure: the biggest blind spot first, the biggest hidden strength last. */
  dimensions: MirrorDimension[];
  /** Dimensions one side measures, staff's first, each in questionnaire order. */
  oneSided: OneSidedDimension[];
  /** Whether any dimension is measured by more than one section on a side (reports then say how they are combined). */
  combinesSections: boolean;
}

export interface MirrorOptions {
  threshold: number;
  /** The anonymity minimum: a side with fewer respondents is refused unless `allowSmall`. */
  minGroup: number;
  allowSmall: boolean;
}

/** Sets two teams side by side on the dimensions both measure; refuses when they share none. */
export function buildMirror(staff: MirrorInput, customers: MirrorInput, options: MirrorOptions): Mirror {
  const staffViews = dimensionViews(staff);
  const customerViews = dimensionViews(customers);
  const shared = [...staffViews.keys()].filter((id) => customerViews.has(id));
  if (shared.length === 0) throw new UserError(noSharedDimension(staff, customers, staffViews, customerViews));
  const dimensions = shared.flatMap((id) => {
    const [mine, theirs] = [staffViews.get(id), customerViews.get(id)];
    return mine && theirs ? [mirrorDimension(id, mine, theirs, options.threshold)] : [];
  });
  dimensions.sort(byGap);
  const oneSided = [...oneSidedOf('staff', staffViews, customerViews), ...oneSidedOf('customers', customerViews, staffViews)];
  const combinesSections = [...staffViews.values(), ...customerViews.values()].some((view) => view.sections.length > 1);
  return {
    staff: mirrorSide('staff', staff, options),
    customers: mirrorSide('customers', customers, options),
    threshold: options.threshold,
    dimensions,
    oneSided,
    combinesSections,
  };
}

/** "responsive" → "Responsive", "first-impression" → "First impression": dimensions have ids, not titles. */
export function dimensionTitle(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function mirrorSide(name: MirrorSideName, input: MirrorInput, options: MirrorOptions): MirrorSide {
  const { respondents } = input.summary;
  const small = respondents < options.minGroup;
  if (small && !options.allowSmall) {
    throw new UserError(
      `the ${name === 'staff' ? 'staff' : "customers'"} side has ${respondents} ${respondents === 1 ? 'respondent' : 'respondents'}, fewer than the anonymity minimum of ${options.minGroup}: ` +
        `its means could show one person's answers; add --allow-small-groups to show them anyway`,
    );
  }
  return { questionnaire: input.summary.questionnaire, respondents, small };
}

/** Each dimension the questionnaire's scored sections name, in questionnaire order, with the team's view of it. */
function dimensionViews(input: MirrorInput): Map<string, DimensionView> {
  const means = new Map(input.summary.sections.map((section) => [section.id, section]));
  const views = new Map<string, MirrorSection[]>();
  for (const section of input.questionnaire.sections) {
    const summary = means.get(section.id);
    // A section of open questions only has no score to set beside anything.
    if (!section.dimension || !summary || isOpenQuestionsSection(section)) continue;
    const sections = views.get(section.dimension) ?? [];
    sections.push({ id: section.id, title: section.title, weight: section.weight, mean: summary.stats.mean, n: summary.stats.n });
    views.set(section.dimension, sections);
  }
  return new Map([...views].map(([id, sections]) => [id, dimensionView(sections)]));
}

/** A section without a mean (nobody answered it) leaves the weights, as in an overall score. */
function dimensionView(sections: MirrorSection[]): DimensionView {
  const scored = sections.flatMap((section) => (section.mean === null ? [] : [{ weight: section.weight, value: section.mean }]));
  return { mean: weightedMean(scored), n: Math.max(0, ...sections.map((section) => section.n)), sections };
}

function mirrorDimension(id: string, staff: DimensionView, customers: DimensionView, threshold: number): MirrorDimension {
  const [mine, theirs] = [staff.mean, customers.mean];
  const gap = mine !== null && theirs !== null ? mine - theirs : null;
  const shownGap = mine !== null && theirs !== null ? shownDifference(theirs, mine) : null;
  return { id, title: dimensionTitle(id), staff, customers, gap, shownGap, verdict: verdictOf(shownGap, threshold) };
}

/** Read from the gap as shown, so a printed 10.0 is a blind spot at a threshold of 10. */
function verdictOf(shownGap: number | null, threshold: number): MirrorVerdict {
  if (shownGap === null) return 'no-score';
  // A gap of 0.0 is in step whatever the threshold, even --threshold 0.
  if (shownGap > 0 && shownGap >= threshold) return 'blind-spot';
  if (shownGap < 0 && -shownGap >= threshold) return 'hidden-strength';
  return 'in-step';
}

/** Biggest blind spot first; dimensions without a gap last; ties by id so the order never varies. */
function byGap(a: MirrorDimension, b: MirrorDimension): number {
  const gapA = a.shownGap ?? -Infinity;
  const gapB = b.shownGap ?? -Infinity;
  return gapB - gapA || byCodeUnits(a.id, b.id);
}

function oneSidedOf(side: MirrorSideName, own: Map<string, DimensionView>, other: Map<string, DimensionView>): OneSidedDimension[] {
  return [...own].filter(([id]) => !other.has(id)).map(([id, view]) => ({ id, title: dimensionTitle(id), side, view }));
}

function noSharedDimension(staff: MirrorInput, customers: MirrorInput, staffViews: Map<string, unknown>, customerViews: Map<string, unknown>): string {
  const named = (input: MirrorInput, views: Map<string, unknown>) =>
    views.size === 0 ? `${input.questionnaire.id} names no dimension on its scored sections` : `${input.questionnaire.id} measures ${[...views.keys()].join(', ')}`;
  return `no dimension is measured by both sides: ${named(staff, staffViews)}; ${named(customers, customerViews)}. Give sections a \`dimension:\` (reliable, responsive, ...) in both questionnaires`;
}
