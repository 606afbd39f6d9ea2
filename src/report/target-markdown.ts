import { questionTexts } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { TargetProgress, TargetReport } from '../scoring/targets.js';
import { formatPercent, formatScore, itemOnHundred } from './format.js';
import { describeAssessment } from './comparison-section-markdown.js';
import { escapeInline } from './markdown-escape.js';

/** Percent to target (and progress to date when there is a baseline) as Markdown lines under a `depth` heading. */
export function targetLines(report: TargetReport, questionnaire: Questionnaire, depth: number): string[] {
  const h = '#'.repeat(depth);
  const texts = questionTexts(questionnaire);
  const withProgress = report.overall.progress !== undefined;
  const lines = [`${h} Progress to target`, '', `Target: ${describeAssessment(report.target)}.`, ''];
  lines.push(`**Percent to target: ${formatPercent(report.overall.percentToTarget)}** (score ${formatScore(report.overall.current)}, target ${formatScore(report.overall.target)}).`);
  if (report.overall.progress) lines.push('', `**Progress to date: ${formatProgress(report.overall.progress)}** since the baseline score of ${formatScore(report.overall.progress.baseline)}.`);
  lines.push('', `| Section | Score | Target | Percent to target |${withProgress ? ' Progress to date |' : ''}`, `| --- | ---: | ---: | ---: |${withProgress ? ' ---: |' : ''}`);
  for (const section of report.sections) {
    if (section.target === null && section.current === null) continue;
    const progress = section.progress ? ` ${formatProgress(section.progress)} |` : '';
    lines.push(`| ${escapeInline(section.title)} | ${formatScore(section.current)} | ${formatScore(section.target)} | ${formatPercent(section.percentToTarget)} |${progress}`);
  }
  const gaps = report.items.filter((item) => (item.gap ?? 0) > 0);
  lines.push('', `${h}# Gaps to target`, '');
  if (gaps.length === 0) lines.push('Every assessed question is at or above its target.');
  else lines.push('| Question | Score | Target | Gap |', '| --- | ---: | ---: | ---: |');
  for (const item of gaps) lines.push(`| ${escapeInline(texts.get(item.id) ?? item.id)} | ${itemOnHundred(item.current)} | ${itemOnHundred(item.target)} | ${itemOnHundred(item.gap)} |`);
  if (report.notAssessed.length > 0) {
    lines.push('', 'Not assessed now (n/a or unanswered), so left out as n/a answers are:', '', ...report.notAssessed.map((id) => `- ${escapeInline(texts.get(id) ?? id)}`));
  }
  lines.push('', targetNote(withProgress));
  return lines;
}

function formatProgress(progress: TargetProgress): string {
  if (progress.value !== null) return formatPercent(progress.value);
  return progress.reason === 'no-gap-at-baseline' ? 'n/a (target not above baseline)' : 'n/a (no score)';
}

function targetNote(withProgress: boolean): string {
  const percent = 'Percent to target is 1 − Σ w·max(target − score, 0) / Σ w·target over the question scores, each question weighted by its share of the overall score.';
  return withProgress ? `${percent} Progress to date is (score − baseline) / (target − baseline).` : percent;
}
