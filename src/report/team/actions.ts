import { isOpenQuestionsSection } from '../../questionnaire/recommendations.js';
import type { Questionnaire, Section } from '../../questionnaire/schema.js';
import type { TeamActionJson } from '../../formats/team-json/write.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { sectionRecommendations, takeInTurn, type Recommendation } from '../top-recommendations.js';

/** One of the team's actions, in the order the team report lists them. */
export interface TeamAction extends Recommendation {
  /** 1 for the most important. */
  rank: number;
  /** The section's team mean (0..100); null for a section of open questions, whose advice follows the overall band. */
  mean: number | null;
  /** What the section costs the team score (see sectionCost); null for a section of open questions. */
  cost: number | null;
}

/** The one-line rule the report states above the actions. */
export const ACTION_ORDER_RULE =
  "Most important first: sections by what they cost the team score (the section's weight × the points its team mean falls below 100), ties in the questionnaire's order; each section's actions in the questionnaire's order, for the band its team mean falls in.";

/**
 * What a section's shortfall costs the team score: its weight × the points its team mean is below
 * 100. The same shortfall × weight the individual report's Priorities rank answers by, per section:
 * a heavy section a little low can matter more than a light one far down.
 */
export function sectionCost(weight: number, mean: number): number {
  return weight * (100 - mean);
}

/**
 * Every action the questionnaire gives for the team's bands, most important first (ACTION_ORDER_RULE);
 * sections of open questions, which reach no band of their own, follow with the overall band's advice.
 */
export function teamActions(summary: TeamSummary, questionnaire: Questionnaire): TeamAction[] {
  const actions = [...scoredSectionActions(summary, questionnaire), ...openQuestionActions(summary, questionnaire)];
  return actions.map((action, i) => ({ ...action, rank: i + 1 }));
}

type UnrankedAction = Omit<TeamAction, 'rank'>;

/** Each scored section's actions for the band of its team mean, costliest section first, ties in the questionnaire's order. */
function scoredSectionActions(summary: TeamSummary, questionnaire: Questionnaire): UnrankedAction[] {
  const byId = new Map(questionnaire.sections.map((section) => [section.id, section]));
  return summary.sections
    .map((result, order) => ({ order, section: byId.get(result.id), band: result.band?.label, mean: result.stats.mean, weight: result.weight }))
    .filter((entry): entry is typeof entry & { section: Section; band: string; mean: number } => entry.section !== undefined && entry.band !== undefined && entry.mean !== null)
    .map((entry) => ({ ...entry, cost: sectionCost(entry.weight, entry.mean) }))
    .sort((a, b) => b.cost - a.cost || a.order - b.order)
    .flatMap(({ section, band, mean, cost }) => sectionRecommendations(questionnaire, section, band, null).map((r) => ({ ...r, mean, cost })));
}

/** Sections of open questions reach no band of their own: their advice follows the team's overall band. */
function openQuestionActions(summary: TeamSummary, questionnaire: Questionnaire): UnrankedAction[] {
  const band = summary.overall.band?.label;
  if (band === undefined) return [];
  return questionnaire.sections.filter(isOpenQuestionsSection).flatMap((section) => sectionRecommendations(questionnaire, section, band, null).map((r) => ({ ...r, mean: null, cost: null })));
}

/** The summary's "What to do first": the first action of each section in turn, in the actions' order, so it covers more than one area. */
export function firstTeamActions(actions: readonly TeamAction[], limit = 3): TeamAction[] {
  const bySection = new Map<string, TeamAction[]>();
  for (const action of actions) bySection.set(action.sectionId, [...(bySection.get(action.sectionId) ?? []), action]);
  return takeInTurn([...bySection.values()], limit);
}

/** The actions as team JSON lists them (`actions`): rank, section, band, who acts, the text, and the cost that ordered them. */
export function teamActionsJson(summary: TeamSummary, questionnaire: Questionnaire): TeamActionJson[] {
  return teamActions(summary, questionnaire).map((action) => ({ rank: action.rank, section: action.sectionId, band: action.band, audience: action.audience, cost: action.cost, text: action.text }));
}
