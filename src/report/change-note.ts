import { INDIVIDUAL_THRESHOLD, type ChangeRule } from '../scoring/change-significance.js';

/** The line under every table of changes that names the rule for ▲/▼ (scoring/change-significance.ts). */
export function changeRuleNote(rule: ChangeRule): string {
  if (rule === 'threshold') {
    return `▲ and ▼ mark a change of ${INDIVIDUAL_THRESHOLD} points or more; a smaller one is within what answering the same questions again can move, so it has no arrow.`;
  }
  return "▲ and ▼ mark a clear change: the 95% interval for the difference of the two means, worked from each round's number of respondents and spread, leaves out zero. Otherwise chance could explain it: no clear change.";
}

/** The formula behind a team's clear change, for the appendix (the body says it in words); none for the individual threshold. */
export function changeRuleFormula(rule: ChangeRule): string[] {
  if (rule === 'threshold') return [];
  return ['For the reader who wants the formula: the interval is Welch\'s, difference ± t·√(SD₁²/n₁ + SD₂²/n₂), with t for the Welch–Satterthwaite degrees of freedom.'];
}
