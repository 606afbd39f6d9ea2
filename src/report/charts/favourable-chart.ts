import { eachQuestion } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import type { ChartFile } from './assessment-charts.js';
import { shares, renderStackedBarChart, type StackPart } from './stacked-bars.js';

/** The file-name suffix of the team report's chart of favourable, neutral and unfavourable answers per item. */
export const FAVOURABLE_CHART_SUFFIX = 'favourable';

// Favourable left in green, unfavourable right in red, neutral grey between: each segment also
// carries its letter in the key and its share in the bar, and the counts stand beside it.
const PARTS: StackPart[] = [
  { name: 'favourable', short: 'F', color: '#2e9e5b', ink: '#ffffff' },
  { name: 'neutral', short: 'N', color: '#c9d1d9', ink: '#1f2328' },
  { name: 'unfavourable', short: 'U', color: '#d1495b', ink: '#ffffff' },
];

/** Per item, in questionnaire order under its section, the shares of favourable, neutral and unfavourable answers. */
export function favourableChart(summary: TeamSummary, questionnaire: Questionnaire): ChartFile {
  const text = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question.text]));
  const items = new Map(summary.items.map((item) => [item.id, item]));
  const groups = questionnaire.sections
    .map((section) => ({
      title: section.title,
      rows: section.questions.flatMap((question) => {
        const item = items.get(question.id);
        if (!item) return [];
        const label = `${text.get(item.id) ?? item.id}${item.reverse ? ' (reverse-keyed)' : ''}`;
        return [{ label, counts: [item.counts.favourable, item.counts.neutral, item.counts.unfavourable] }];
      }),
    }))
    .filter((group) => group.rows.length > 0);
  const described = groups.flatMap((group) =>
    group.rows.map((row) => {
      const share = shares(row.counts);
      const total = row.counts.reduce((sum, count) => sum + count, 0);
      if (total === 0) return `${group.title}: ${row.label}: no answers.`;
      return `${group.title}: ${row.label}: ${PARTS.map((part, i) => `${part.name} ${row.counts[i]} (${Math.round(100 * (share[i] ?? 0))}%)`).join(', ')} of ${total}.`;
    }),
  );
  const svg = renderStackedBarChart({
    title: 'Favourable, neutral and unfavourable answers per item',
    subtitle: `${questionnaire.title} · ${summary.respondents} respondents · after reverse keying, each question type's own cuts`,
    desc: `Stacked bars, one per question, of the share of answers that are favourable (F, left), neutral (N) and unfavourable (U, right), with counts. ${described.join(' ')}`,
    parts: PARTS,
    groups,
  });
  return { suffix: FAVOURABLE_CHART_SUFFIX, alt: 'Stacked bar chart of favourable, neutral and unfavourable answers per item', svg };
}
