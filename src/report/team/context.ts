import { eachQuestion } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { escapeInline } from '../markdown-escape.js';
import { teamActions, type TeamAction } from './actions.js';

/** What every part of the team report reads: the summary, and names for ids (escaped for Markdown). */
export interface TeamReportContext {
  summary: TeamSummary;
  questionnaire: Questionnaire;
  /** The team's actions, most important first (teamActions): the summary's first few and the Recommendations table. */
  actions: TeamAction[];
  /** Question text by id, escaped. */
  questionText(id: string): string;
  /** Section title by id, escaped. */
  sectionTitle(id: string): string;
}

export function teamReportContext(summary: TeamSummary, questionnaire: Questionnaire): TeamReportContext {
  const questions = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question.text]));
  const sections = new Map(questionnaire.sections.map((section) => [section.id, section.title]));
  return {
    summary,
    questionnaire,
    actions: teamActions(summary, questionnaire),
    questionText: (id) => escapeInline(questions.get(id) ?? id),
    sectionTitle: (id) => escapeInline(sections.get(id) ?? id),
  };
}
