import { questionTexts } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { TargetMeasure, TargetProgress, TargetReport } from '../scoring/targets.js';
import { formatPercent, formatScore, itemOnHundred, oneDecimal } from './format.js';
import { describeAssessment } from './comparison-section-markdown.js';
import { escapeInline } from './markdown-escape.js';
import { gapsLargestFirst, shownPercentToTarget, shownProgress } from './target-figures.js';

/** Percent to target (and progress to date when there is a baseline) as Markdown lines under a `depth` heading. */
export function targetLines(report: TargetReport, questionnaire: Questionnaire, depth: number): string[] {
  const h = '#'.repeat(depth);
  const texts = questionTexts(questionnaire);
  const withProgress = report.overall.progress !== undefined;
  const { overall } = report;
  const lines = [`${h} Progress to target`, '', `Target: ${describeAssessment(report.target)}.`, ''];
  lines.push(`**Percent to target: ${shownPercentToTarget(overall)}** (score ${formatScore(overall.current)}, target ${formatScore(overall.target)}; question by question, after OWASP SAMM: ${formatPercent(overall.percentToTarget)}).`);
  if (overall.progress) lines.push('', `**Progress to date: ${formatProgress(overall, overall.progress)}** since the baseline score of ${formatScore(overall.progress.baseline)}.`);
  lines.push('', `| Section | Score | Target | Percent to target | Question by question (SAMM) |${withProgress ? ' Progress to date |' : ''}`, `| --- | ---: | ---: | ---: | ---: |${withProgress ? ' ---: |' : ''}`);
  for (const section of report.sections) {
    if (section.target === null && section.current === null) continue;
    const progress = section.progress ? ` ${formatProgress(section, section.progress)} |` : '';
    lines.push(`| ${escapeInline(section.title)} | ${formatScore(section.current)} | ${formatScore(section.target)} | ${shownPercentToTarget(section)} | ${formatPercent(section.percentToTarget)} |${progress}`);
  }
  const gaps = gapsLargestFirst(report.items);
  lines.push('', `${h}# Gaps to target`, '');
  if (gaps.length === 0) lines.push('Every assessed question is at or above its target.');
  else lines.push('Largest gap first.', '', '| Question | Score | Target | Gap |', '| --- | ---: | ---: | ---: |');
  for (const { item, gap } of gaps) lines.push(`| ${escapeInline(texts.get(item.id) ?? item.id)} | ${itemOnHundred(item.current)} | ${itemOnHundred(item.target)} | ${oneDecimal(gap)} |`);
  if (report.notAssessed.length > 0) {
    lines.push('', 'Not assessed now (n/a or unanswered), so left out as n/a answers are:', '', ...report.notAssessed.map((id) => `- ${escapeInline(texts.get(id) ?? id)}`));
  }
  lines.push('', targetNote(withProgress));
  return lines;
}

function formatProgress(measure: Pick<TargetMeasure, 'current' | 'target'>, progress: TargetProgress): string {
  const value = shownProgress(measure, progress);
  if (value.value !== null) return formatPercent(value.value);
  return value.reason === 'no-gap-at-baseline' ? 'n/a (target not above baseline)' : 'n/a (no score)';
}

function targetNote(withProgress: boolean): string {
  const percent =
    'Percent to target is the score over the target score (100% once reached). The question-by-question figure, after OWASP SAMM, adds up how far each question falls short of its target, weighted by how much it counts, so a question above its target does not make up for one below; the appendix gives the formula.';
  return withProgress ? `${percent} Progress to date is how much of the way from the baseline score to the target has been covered.` : percent;
}

/** The formulas behind the target figures, for the appendix: the body says them in words. */
export function targetFormulaLines(): string[] {
  return [
    'For the reader who wants the formulas: percent to target question by question (OWASP SAMM) is 1 − Σ w·max(target − score, 0) / Σ w·target over the question scores, w being each question\'s share of the overall score; progress to date is (score − baseline) / (target − baseline).',
  ];
}
