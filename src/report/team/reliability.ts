import { ALPHA_MIN_ITEMS, ALPHA_MIN_RESPONDENTS } from '../../scoring/team/reliability-accumulator.js';
import type { SectionSummary } from '../../scoring/team/team-summary.js';
import { formatCoefficient } from '../format.js';
import { escapeInline } from '../markdown-escape.js';
import type { TeamReportContext } from './context.js';
import { row } from './stat-cells.js';

/** Below this, the items of a section may not measure one thing. */
const ACCEPTABLE_ALPHA = 0.7;

/** Cronbach's alpha per section with a plain-language note, then per-item detail where alpha is shown. */
export function reliabilitySection(context: TeamReportContext): string[] {
  const { sections } = context.summary;
  const lines = [
    '## Reliability',
    '',
    `Cronbach's alpha tells whether a section's questions move together, as questions about one thing should. It uses the respondents who answered every scored question of the section, and needs at least ${ALPHA_MIN_ITEMS} questions and ${ALPHA_MIN_RESPONDENTS} such respondents. ${ACCEPTABLE_ALPHA} or more is usually taken as acceptable.`,
    '',
    row(['Section', 'Questions', 'Complete respondents', 'Alpha', 'Note']),
    row(['---', '---:', '---:', '---:', '---']),
  ];
  for (const section of sections) {
    const { reliability } = section;
    lines.push(row([escapeInline(section.title), String(reliability.items), String(reliability.complete), formatCoefficient(reliability.result?.alpha ?? null), note(context, section)]));
  }
  for (const section of sections) {
    const result = section.reliability.result;
    if (!result || result.alpha === null) continue;
    lines.push('', `### ${escapeInline(section.title)}: each question`, '', row(['Question', 'Alpha if dropped', 'Item–rest correlation']), row(['---', '---:', '---:']));
    section.reliability.itemIds.forEach((id, i) => {
      const item = result.items[i];
      lines.push(row([context.questionText(id), formatCoefficient(item?.alphaIfDropped ?? null), formatCoefficient(item?.itemRest ?? null)]));
    });
  }
  return lines;
}

function note(context: TeamReportContext, section: SectionSummary): string {
  const { reliability } = section;
  if (reliability.items < ALPHA_MIN_ITEMS) return `not shown: fewer than ${ALPHA_MIN_ITEMS} scored questions`;
  if (reliability.complete < ALPHA_MIN_RESPONDENTS) return `not shown: fewer than ${ALPHA_MIN_RESPONDENTS} respondents answered every question`;
  const result = reliability.result;
  if (!result || result.alpha === null) return 'not shown: the answers do not vary';
  const notes: string[] = [];
  if (result.alpha < ACCEPTABLE_ALPHA) notes.push(`below ${ACCEPTABLE_ALPHA}: the questions may not measure one thing, so read them one by one`);
  const best = result.items
    .map((item, i) => ({ id: reliability.itemIds[i] ?? '', value: item.alphaIfDropped }))
    // Only a rise that shows at two decimals is worth a sentence.
    .filter((entry): entry is { id: string; value: number } => entry.value !== null && entry.value > (result.alpha ?? 0) && formatCoefficient(entry.value) !== formatCoefficient(result.alpha))
    .sort((a, b) => b.value - a.value)[0];
  if (best) notes.push(`dropping "${context.questionText(best.id)}" would raise it to ${formatCoefficient(best.value)}`);
  return notes.join('; ') || 'consistent';
}
