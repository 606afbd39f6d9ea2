import type { ChangeRule } from '../../scoring/change-significance.js';
import { changeRuleFormula } from '../change-note.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { scoringNote, weightingNote } from '../scoring-note.js';

/**
 * The appendix: how each respondent was scored (shared with the individual report), how the team
 * statistics are formed, and, with "Since last time", the formula behind a clear change.
 */
export function methodLines(questionnaire: Pick<Questionnaire, 'weighting' | 'sections'>, changeRule?: ChangeRule): string[] {
  const formula = changeRule ? changeRuleFormula(changeRule) : [];
  return [
    '## Appendix: how the scores are worked out',
    '',
    ...scoringNote(questionnaire),
    ...weightingNote(questionnaire),
    '',
    "Team statistics are taken over respondents' own scores: the team score is the mean of their overall scores, a section's mean the mean of their section scores. The standard deviation is the sample one (divided by n − 1). Groups smaller than the anonymity minimum are never shown on their own: they are merged into \"other\", and if that is still too small the next-smallest group joins it, so no group's figures can be worked out by subtracting the others from the team's. Names never appear, and open answers are listed without attribution.",
    ...(formula.length > 0 ? ['', ...formula] : []),
  ];
}
