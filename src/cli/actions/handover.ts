import { loadEngagement } from '../../load/engagement.js';
import type { Handover } from '../../report/title-block.js';
import { todayStamp } from '../../util/file-names.js';

/** --client, --prepared-by and --engagement, as report, team and compare take them. */
export interface HandoverOptions {
  client?: string;
  preparedBy?: string;
  /** An engagement file; culture-audit.engagement.yaml in the working folder when there is one otherwise. */
  engagement?: string;
}

/** Who the report is for and by whom: the options win over the engagement file, field by field. */
export function handoverFor(options: HandoverOptions & { cwd: string }, now: Date = new Date()): Handover {
  const engagement = loadEngagement(options.cwd, options.engagement);
  const client = options.client ?? engagement.client;
  const preparedBy = options.preparedBy ?? engagement.preparedBy;
  return {
    ...(client?.trim() ? { client: client.trim() } : {}),
    ...(preparedBy?.trim() ? { preparedBy: preparedBy.trim() } : {}),
    ...(engagement.date ? { date: engagement.date } : {}),
    today: todayStamp(now),
  };
}
