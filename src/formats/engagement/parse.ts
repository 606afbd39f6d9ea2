import * as z from 'zod';
import { isRealDateTime, NOT_A_REAL_DATE } from '../../answers/timestamp.js';
import { parseYamlConfig } from '../../util/yaml-config.js';

/** The file a consultant keeps in the working folder so every report of an engagement names the client. */
export const ENGAGEMENT_FILE = 'culture-audit.engagement.yaml';

/** A calendar date as YYYY-MM-DD that exists (no 31 November). */
const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, such as 2026-12-07')
  .refine(isRealDateTime, NOT_A_REAL_DATE);

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
  return parseYamlConfig(file, text, EngagementSchema, 'must be a mapping with client:, preparedBy: and optionally date: (YYYY-MM-DD)', Object.keys(EngagementSchema.shape)).data;
}
