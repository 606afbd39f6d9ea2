import { escapeInline } from './markdown-escape.js';

/** Who a report is for, who prepared it and the date it carries: from --client, --prepared-by and the engagement file. */
export interface Handover {
  client?: string;
  preparedBy?: string;
  /** YYYY-MM-DD: wins over the answers' date (the engagement file's `date`). */
  date?: string;
  /** YYYY-MM-DD, today where the command ran: the date of a report whose answers carry none. */
  today?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The report's date: the engagement's, else the answers' (completion, or a team's latest), else today. */
export function reportDate(handover: Handover, answersDate: string | null | undefined): string | undefined {
  return handover.date ?? answersDate ?? handover.today;
}

/** 2026-12-07 as "7 December 2026"; anything else as written. */
export function longDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** "Prepared for **Acme Ltd** by **Jo Bloggs**, 7 December 2026." (client and consultant are data: escaped). */
export function titleBlockLines(handover: Handover, date: string | undefined): string[] {
  const client = handover.client ? ` for **${escapeInline(handover.client)}**` : '';
  const by = handover.preparedBy ? ` by **${escapeInline(handover.preparedBy)}**` : '';
  const when = date === undefined ? '' : escapeInline(longDate(date));
  if (client === '' && by === '') return when === '' ? [] : [`Report date: ${when}.`];
  return [`Prepared${client}${by}${when === '' ? '' : `, ${when}`}.`];
}
