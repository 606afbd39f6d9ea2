import * as z from 'zod';
import { InvalidInputError } from '../../util/errors.js';
import { parseYamlSource } from '../../util/yaml-source.js';
import { at, zodIssuesToProblems } from '../../util/zod-problems.js';

/** The file a consultant keeps in the working folder so every report of an engagement names the client. */
export const ENGAGEMENT_FILE = 'culture-audit.engagement.yaml';

/** A calendar date as YYYY-MM-DD that exists (no 31 November). */
const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, such as 2026-12-07')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a date in the calendar');

/** Who a report is for and who prepared it; --client and --prepared-by win over it. */
export const EngagementSchema = z.strictObject({
  /** The organisation the reports are prepared for, as the title block names it. */
  client: z.string().trim().min(1, 'must not be empty').optional(),
  /** The consultant or team who prepared them. */
  preparedBy: z.string().trim().min(1, 'must not be empty').optional(),
  /** The date the reports carry instead of the answers' completion date. */
  date: CalendarDate.optional(),
});

export type Engagement = z.infer<typeof EngagementSchema>;

/** Checks an engagement file's text; problems name its line and column. */
export function parseEngagement(file: string, text: string): Engagement {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) throw new InvalidInputError(parsed.problems);
  const data = parsed.source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidInputError([at(parsed.source, [], 'must be a mapping with client:, preparedBy: and optionally date: (YYYY-MM-DD)')]);
  }
  const result = EngagementSchema.safeParse(data);
  if (!result.success) throw new InvalidInputError(zodIssuesToProblems(parsed.source, result.error.issues, Object.keys(EngagementSchema.shape)));
  return result.data;
}
