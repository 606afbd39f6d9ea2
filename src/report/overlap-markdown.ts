import type { Overlap, QuestionnaireRef } from '../scoring/shared-ids.js';
import { escapeInline } from './markdown-escape.js';

/** "Service culture self-audit (service-culture, version 3)" */
export function questionnaireLabel(questionnaire: QuestionnaireRef): string {
  return `${escapeInline(questionnaire.title)} (${escapeInline(questionnaire.id)}, version ${escapeInline(String(questionnaire.version))})`;
}

/**
 * What a comparison or trend across questionnaires compared and left out, under a heading of
 * `depth`: sections and questions only one questionnaire measured, and a caution when a section
 * kept is scored from different questions on each side.
 */
export function overlapLines(overlap: Overlap, depth: number, sectionTitles: ReadonlyMap<string, string>): string[] {
  const lines = [
    `${'#'.repeat(depth)} What was compared`,
    '',
    'The assessments answered different questionnaires that share section and question ids: only the sections and questions measured by more than one of them are compared (matched by id), and the overall scores are not, since each covers its own questionnaire\'s sections.',
    '',
  ];
  if (overlap.partialSections.length > 0) {
    const titles = overlap.partialSections.map((id) => escapeInline(sectionTitles.get(id) ?? id));
    lines.push(
      `Sections of different questionnaires that share an id may score a different set of questions (here: ${titles.join(', ')}); differences within a few points may come from that.`,
      '',
    );
  }
  if (overlap.sections.length === 0 && overlap.items.length === 0) return [...lines, 'Nothing was left out: every section and question was measured by more than one of them.'];
  lines.push('Left out, because only one of them measured it:', '');
  for (const section of overlap.sections) lines.push(`- Section ${escapeInline(section.title)}: only in ${escapeInline(section.questionnaire)}`);
  const byQuestionnaire = new Map<string, string[]>();
  for (const item of overlap.items) byQuestionnaire.set(item.questionnaire, [...(byQuestionnaire.get(item.questionnaire) ?? []), item.id]);
  for (const [questionnaire, ids] of byQuestionnaire) {
    lines.push(`- ${ids.length} ${ids.length === 1 ? 'question' : 'questions'} of shared sections only in ${escapeInline(questionnaire)}: ${ids.map(escapeInline).join(', ')}`);
  }
  return lines;
}
