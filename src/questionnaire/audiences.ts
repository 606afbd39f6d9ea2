import { ownValue } from '../util/own.js';
import { EVERYONE, type Questionnaire } from './schema.js';

/** How reports name the built-in audience. */
export const EVERYONE_TITLE = 'Everyone';

/**
 * The audiences a respondent's role puts them in (`everyone` included), or null when the role is
 * absent or no audience names it: then no action can be called theirs beyond everyone's, and
 * reports label every other action with who takes it. Roles match without regard to case or
 * surrounding spaces, as answer files and form exports spell them in many ways.
 */
export function audiencesOfRole(questionnaire: Pick<Questionnaire, 'audiences'>, role: string | undefined): ReadonlySet<string> | null {
  const wanted = role?.trim().toLowerCase();
  if (!wanted) return null;
  const ids = Object.entries(questionnaire.audiences ?? {})
    .filter(([, audience]) => audience.roles.some((name) => name.trim().toLowerCase() === wanted))
    .map(([id]) => id);
  return ids.length === 0 ? null : new Set([EVERYONE, ...ids]);
}

/** Whether an action for `audience` is the reader's own: everyone's always is; others only when the reader's role is in them. */
export function isReadersAudience(audience: string, reader: ReadonlySet<string> | null): boolean {
  return audience === EVERYONE || (reader?.has(audience) ?? false);
}

/** An audience's title ("Owner and managers"), "Everyone" for the built-in one. */
export function audienceTitle(questionnaire: Pick<Questionnaire, 'audiences'>, audience: string): string {
  if (audience === EVERYONE) return EVERYONE_TITLE;
  return ownValue(questionnaire.audiences, audience)?.title ?? audience;
}

/** Audience ids in the order the questionnaire declares them, for listing other people's actions the same way every time. */
export function declaredAudiences(questionnaire: Pick<Questionnaire, 'audiences'>): string[] {
  return Object.keys(questionnaire.audiences ?? {});
}
