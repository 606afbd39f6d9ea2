import { eachQuestion } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import type { TeamSummary } from '../../scoring/team/team-summary.js';
import type { ChartFile } from './assessment-charts.js';
import { shares, renderStackedBarChart, type StackPart } from './stacked-bars.js';

/** The file-name suffixes of the team report's charts of favourable, neutral and unfavourable answers: favourable-<n>. */
const FAVOURABLE_CHART_PREFIX = 'favourable';

// Favourable left in green, unfavourable right in red, neutral grey between: each segment also
// carries its letter in the key and its share in the bar, and the counts stand beside it.
const PARTS: StackPart[] = [
  { name: 'favourable', short: 'F', color: '#2e9e5b', ink: '#ffffff' },
  { name: 'neutral', short: 'N', color: '#c9d1d9', ink: '#1f2328' },
  { name: 'unfavourable', short: 'U', color: '#d1495b', ink: '#ffffff' },
];

/** The suffix of a section's chart: favourable-1 for the first section with answers, and so on. */
export function isFavourableChart(suffix: string): boolean {
  return /^favourable-\d+$/.test(suffix);
}

/**
 * Per section with scored questions, in questionnaire order, a chart of each item's shares of
 * favourable, neutral and unfavourable answers. One chart per section keeps each short enough to
 * read on a page and in print.
 */
export function favourableCharts(summary: TeamSummary, questionnaire: Questionnaire): ChartFile[] {
  const text = new Map([...eachQuestion(questionnaire)].map(({ question }) => [question.id, question.text]));
  const items = new Map(summary.items.map((item) => [item.id, item]));
  const sections = questionnaire.sections
    .map((section) => ({
      title: section.title,
      rows: section.questions.flatMap((question) => {
        const item = items.get(question.id);
        if (!item) return [];
        const label = `${text.get(item.id) ?? item.id}${item.reverse ? ' (reverse-keyed)' : ''}`;
        return [{ label, counts: [item.counts.favourable, item.counts.neutral, item.counts.unfavourable] }];
      }),
    }))
    .filter((section) => section.rows.length > 0);
  return sections.map((section, k) => {
    const described = section.rows.map((row) => {
      const share = shares(row.counts);
      const total = row.counts.reduce((sum, count) => sum + count, 0);
      if (total === 0) return `${row.label}: no answers.`;
      return `${row.label}: ${PARTS.map((part, i) => `${part.name} ${row.counts[i]} (${Math.round(100 * (share[i] ?? 0))}%)`).join(', ')} of ${total}.`;
    });
    const svg = renderStackedBarChart({
      title: `${section.title}: favourable, neutral and unfavourable answers`,
      subtitle: `${questionnaire.title} · ${summary.respondents} respondents · after reverse keying, each question type's own cuts`,
      desc: `Stacked bars, one per question, of the share of answers that are favourable (F, left), neutral (N) and unfavourable (U, right), with counts. ${described.join(' ')}`,
      parts: PARTS,
      groups: [{ title: '', rows: section.rows }],
    });
    return { suffix: `${FAVOURABLE_CHART_PREFIX}-${k + 1}`, alt: `Stacked bar chart of favourable, neutral and unfavourable answers in ${section.title}`, svg };
  });
}
