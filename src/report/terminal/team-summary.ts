import type { ChalkInstance } from 'chalk';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { Snapshot } from '../../scoring/snapshot.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { plottedSections } from '../charts/from-scores.js';
import { formatScore } from '../format.js';
import { sectionBarLines } from './score-summary.js';
import { teamIndexLines } from './team-indexes.js';

/** What `team` prints: respondents and the overall score, a bar per section, then each question type's team figure (NPS). */
export function renderTeamSummary(summary: TeamSummary, snapshot: Snapshot, questionnaire: Questionnaire, style: ChalkInstance, columns = 80): string {
  const line = `team: ${summary.respondents} respondents, overall ${formatScore(summary.overall.stats.mean)} (${summary.overall.band?.label ?? 'no band'})`;
  const bars = sectionBarLines(plottedSections(snapshot), questionnaire, style, columns);
  return [clean(line), ...bars, ...teamIndexLines(summary, questionnaire, columns)].join('\n');
}
