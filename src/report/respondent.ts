/** "Anna Example (owner, head-office)" from whatever attributes a respondent has; "" when none. */
export function describeRespondent(respondent: Record<string, string>, options: { withName?: boolean } = {}): string {
  const who = (options.withName ?? true) ? (respondent.name ?? respondent.id ?? '') : (respondent.id ?? '');
  const context = [respondent.role, respondent.team].filter((v): v is string => Boolean(v)).join(', ');
  if (!who) return context;
  return context ? `${who} (${context})` : who;
}
