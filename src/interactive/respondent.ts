import type { Prompter, RespondentField } from './prompter.js';

/** Respondent details given on the command line; anything missing is asked. */
export interface RespondentFlags {
  respondent?: string;
  role?: string;
  team?: string;
  /** Record no name, and do not ask for one. */
  anonymous?: boolean;
}

const FIELDS: Record<RespondentField['key'], RespondentField> = {
  name: { key: 'name', message: 'Your name', hint: 'Optional: leave it empty to answer anonymously.', required: false },
  role: { key: 'role', message: 'Your role', hint: 'For example owner, manager or front-line. Team reports compare roles.', required: true },
  team: { key: 'team', message: 'Your team, shop or site', hint: 'Optional: for example north-store.', required: false },
};

/** name, role and team, in that order, from the flags or the prompter; empty details are left out. */
export async function collectRespondent(flags: RespondentFlags, prompter: Prompter, questionnaireTitle: string): Promise<Record<string, string>> {
  const given: Record<RespondentField['key'], string | undefined> = {
    name: flags.anonymous ? '' : flags.respondent,
    role: flags.role,
    team: flags.team,
  };
  const respondent: Record<string, string> = {};
  for (const field of Object.values(FIELDS)) {
    const value = (given[field.key] ?? (await prompter.respondentDetail(field, questionnaireTitle))).trim();
    if (value) respondent[field.key] = value;
  }
  return respondent;
}
