import { audiencesOfRole, audienceTitle, declaredAudiences, isReadersAudience } from '../questionnaire/audiences.js';
import type { Advice } from '../questionnaire/recommendations.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { escapeInline } from './markdown-escape.js';

/** Actions for one audience the reader is not in, under its title. */
export interface OthersAdvice {
  audience: string;
  title: string;
  advice: Advice[];
}

/** A section's advice split for its reader: theirs (everyone's included) first, then each other audience's. */
export interface ReaderAdvice {
  own: Advice[];
  others: OthersAdvice[];
}

/** The reader of an individual report, as the audiences their role puts them in (see audiencesOfRole). */
export function readerOf(questionnaire: Pick<Questionnaire, 'audiences'>, respondent: Readonly<Record<string, string>>): ReadonlySet<string> | null {
  return audiencesOfRole(questionnaire, respondent.role);
}

/** Splits advice for a reader; each part keeps the questionnaire's order, other audiences in the order they are declared. */
export function splitForReader(advice: readonly Advice[], questionnaire: Pick<Questionnaire, 'audiences'>, reader: ReadonlySet<string> | null): ReaderAdvice {
  const own = advice.filter((entry) => isReadersAudience(entry.audience, reader));
  const rest = advice.filter((entry) => !isReadersAudience(entry.audience, reader));
  const order = declaredAudiences(questionnaire);
  const audiences = [...new Set(rest.map((entry) => entry.audience))].sort((a, b) => rank(order, a) - rank(order, b));
  const others = audiences.map((audience) => ({ audience, title: audienceTitle(questionnaire, audience), advice: rest.filter((entry) => entry.audience === audience) }));
  return { own, others };
}

function rank(order: readonly string[], audience: string): number {
  const i = order.indexOf(audience);
  return i === -1 ? order.length : i;
}

/** "For Owner and managers:", the label over actions the reader does not take themselves. */
export function othersLabel(title: string): string {
  return `For ${escapeInline(title)}:`;
}

/**
 * The reader's own actions under the introducing line, then each other audience's under a label
 * naming who acts; nothing when there is no advice at all.
 */
export function readerAdviceLines(intro: string, split: ReaderAdvice): string[] {
  if (split.own.length === 0 && split.others.length === 0) return [];
  const lines = [intro, '', ...bullets(split.own)];
  if (split.own.length > 0) lines.push('');
  for (const group of split.others) lines.push(othersLabel(group.title), '', ...bullets(group.advice), '');
  return lines;
}

function bullets(advice: readonly Advice[]): string[] {
  return advice.map((entry) => `- ${escapeInline(entry.text)}`);
}
