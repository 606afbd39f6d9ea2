import { questionTexts } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatIndex, itemsByIndex } from '../team/indexes.js';
import { truncate } from './wrap.js';

/** One line per question with a team figure: "Net Promoter Score +20.0 (n 10)  How likely …". */
export function teamIndexLines(summary: TeamSummary, questionnaire: Questionnaire, columns = 80): string[] {
  const texts = questionTexts(questionnaire);
  const lines: string[] = [];
  for (const [title, items] of itemsByIndex(summary.items)) {
    for (const item of items) {
      if (!item.index) continue;
      const figure = `${title} ${formatIndex(item.index)} (n ${item.index.n})`;
      const room = Math.max(10, columns - 1 - figure.length - 4);
      lines.push(`  ${clean(figure)}  ${truncate(clean(texts.get(item.id) ?? item.id).replace(/\s+/g, ' '), room)}`);
    }
  }
  return lines;
}
