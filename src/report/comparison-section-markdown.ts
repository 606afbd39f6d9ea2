import { questionTexts } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { AssessmentRef, BandChange, Comparison } from '../scoring/compare.js';
import type { SnapshotFlag } from '../scoring/snapshot.js';
import { changeRuleNote } from './change-note.js';
import { formatChange, formatScore, itemOnHundred } from './format.js';
import { escapeInline } from './markdown-escape.js';
import { hasScoredQuestions } from './scored-sections.js';
import { reverseKeyedNote } from './reverse-keyed.js';

/** "Anna (owner), 2026-05-01" */
export function describeAssessment(ref: AssessmentRef): string {
  return escapeInline(ref.date ? `${ref.label}, ${ref.date}` : ref.label);
}

/**
 * The comparison as Markdown lines: overall change, band change, section table, the items that
 * moved most and red flags. `depth` is the heading level of its subsections, so the same lines
 * make the `compare` report (depth 2) and the "Since last time" section of a report (depth 3).
 */
export function comparisonLines(comparison: Comparison, questionnaire: Questionnaire, depth: number): string[] {
  const h = '#'.repeat(depth);
  const texts = questionTexts(questionnaire);
  const { overall } = comparison;
  const overallLine = comparison.overlap
    ? `Compared with ${describeAssessment(comparison.before)} on the sections and questions both questionnaires measure. Overall scores (${formatScore(overall.before)} then, ${formatScore(overall.after)} now) are not compared: each covers its own questionnaire's sections.`
    : `Compared with ${describeAssessment(comparison.before)}: overall score ${formatScore(overall.before)} → ${formatScore(overall.after)}: ${formatChange(overall, comparison.changeRule)}.`;
  const lines = [
    overallLine,
    '',
    ...bandCallout('Overall band', overall.band),
    `${h} Section changes`,
    '',
    '| Section | Before | After | Change | Band |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const scored = hasScoredQuestions(questionnaire);
  for (const section of comparison.sections.filter((s) => scored(s.id))) {
    lines.push(`| ${escapeInline(section.title)} | ${formatScore(section.before)} | ${formatScore(section.after)} | ${formatChange(section, comparison.changeRule)} | ${bandCell(section.band)} |`);
  }
  lines.push('', `Change is the after score minus the before score, as shown. ${changeRuleNote(comparison.changeRule)}`, '', `${h} Items that moved most`, '');
  if (comparison.movedMost.length === 0) lines.push('No answer changed its score.');
  const reversed = reverseKeyedIds(questionnaire);
  comparison.movedMost.forEach((item, i) => {
    const answers = item.beforeAnswer !== null && item.afterAnswer !== null ? ` Answer: ${escapeInline(item.beforeAnswer)} → ${escapeInline(item.afterAnswer)}` : '';
    const scores = `score ${itemOnHundred(item.before)} → ${itemOnHundred(item.after)}, ${formatChange(item, comparison.changeRule)}${reverseKeyedNote(reversed.has(item.id))}`;
    lines.push(`${i + 1}. ${escapeInline(texts.get(item.id) ?? item.id)}${answers} (${scores}).`);
  });
  lines.push('', `${h} Red flag changes`, '', ...flagLines(comparison.redFlags, texts));
  return lines;
}

function bandCallout(what: string, band: BandChange): string[] {
  if (!band.changed) return [];
  const word = band.direction === 'up' ? 'up' : band.direction === 'down' ? 'down' : 'changed';
  return [`**${what} ${word}: ${escapeInline(band.before ?? 'none')} → ${escapeInline(band.after ?? 'none')}.**`, ''];
}

function bandCell(band: BandChange): string {
  if (!band.changed) return escapeInline(band.after ?? '–');
  return `${escapeInline(band.before ?? '–')} → **${escapeInline(band.after ?? '–')}**`;
}

function flagLines(flags: Comparison['redFlags'], texts: Map<string, string>): string[] {
  if (flags.new.length + flags.resolved.length + flags.continuing.length === 0) return ['No red flag then or now.'];
  const list = (title: string, items: SnapshotFlag[]) =>
    items.length === 0 ? [] : [`${title}:`, '', ...items.map((f) => `- **${escapeInline(f.message)}** (${escapeInline(texts.get(f.questionId) ?? f.questionId)})`), ''];
  const lines = [...list('New', flags.new), ...list('Resolved', flags.resolved), ...list('Still raised', flags.continuing)];
  return lines.slice(0, -1);
}

/** The ids of the questionnaire's reverse-keyed questions. */
function reverseKeyedIds(questionnaire: Questionnaire): Set<string> {
  return new Set(questionnaire.sections.flatMap((section) => section.questions.filter((question) => 'reverse' in question && question.reverse === true).map((question) => question.id)));
}
