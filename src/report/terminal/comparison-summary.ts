import type { ChalkInstance } from 'chalk';
import { questionTexts } from '../../questionnaire/labels.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { sectionRubric } from '../../scoring/bands.js';
import type { Comparison } from '../../scoring/compare.js';
import type { TargetMeasure, TargetReport } from '../../scoring/targets.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';
import { formatPercent, formatScore } from '../format.js';
import { shownPercentToTarget, shownProgress } from '../target-figures.js';
import { scoreBar } from './bar.js';
import { paintBandChange, paintChange } from './change.js';
import { paintBand } from './score-summary.js';
import { textTable } from './table.js';
import { truncate } from './wrap.js';

/** `compare` in the terminal: overall and section changes with bars, movers, red flags, target. */
export function renderComparisonSummary(comparison: Comparison, questionnaire: Questionnaire, style: ChalkInstance, target?: TargetReport, columns = 80): string {
  const arrow = style.level > 0 ? '→' : '->';
  const ref = (r: Comparison['before']) => clean(r.date ?? r.label);
  const { overall } = comparison;
  const lines = [
    style.bold(`${clean(questionnaire.title)} · ${clean(comparison.after.label)} · ${ref(comparison.before)} ${arrow} ${ref(comparison.after)}`),
    `Overall ${formatScore(overall.before)} ${arrow} ${style.bold(formatScore(overall.after))}  ${paintChange(overall, style)}  ${paintBandChange(overall.band, style)}`,
    ...overlapNote(comparison),
  ];
  const definitions = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const barWidth = Math.max(8, Math.min(20, columns - 70));
  const rows = comparison.sections.filter((s) => s.before !== null || s.after !== null).map((section) => {
    const definition = definitions.get(section.id);
    const rubric = definition ? sectionRubric(definition, questionnaire) : questionnaire.rubric;
    const paint = paintBand(style, rubric.find((band) => band.label === section.band.after) ?? null, rubric);
    return [`  ${clean(section.title)}`, scoreBar(section.after, barWidth, style, paint), formatScore(section.before), arrow, formatScore(section.after), paintChange(section, style), paintBandChange(section.band, style)];
  });
  lines.push(textTable(rows));
  const texts = questionTexts(questionnaire);
  if (comparison.movedMost.length > 0) {
    lines.push(style.bold('Moved most:'));
    const moved = comparison.movedMost.map((item) => [`  ${paintChange(item, style)}`, truncate(clean(texts.get(item.id) ?? item.id), Math.max(20, columns - 14))]);
    lines.push(textTable(moved));
  }
  const { redFlags } = comparison;
  for (const flag of redFlags.new) lines.push(style.red(`  ! new red flag: ${clean(flag.message)}`));
  const tick = style.level > 0 ? '✔' : '+';
  for (const flag of redFlags.resolved) lines.push(style.green(`  ${tick} resolved: ${clean(flag.message)}`));
  if (redFlags.continuing.length > 0) lines.push(style.yellow(`  ${redFlags.continuing.length} red ${redFlags.continuing.length === 1 ? 'flag' : 'flags'} still raised`));
  if (target) lines.push(...targetSummary(target, style));
  return lines.join('\n');
}

function targetSummary(target: TargetReport, style: ChalkInstance): string[] {
  const { overall } = target;
  const progress = (m: TargetMeasure) => {
    const value = m.progress ? shownProgress(m, m.progress).value : null;
    return value === null ? '' : `progress to date ${formatPercent(value)}`;
  };
  const rows = target.sections
    .filter((s) => s.percentToTarget !== null)
    .map((s) => [`  ${clean(s.title)}`, `score ${formatScore(s.current)}`, `target ${formatScore(s.target)}`, `${shownPercentToTarget(s)} to target`, progress(s)]);
  return [
    style.bold(`Target: ${clean(target.target.label)}`),
    textTable([[style.bold('  Overall'), `score ${formatScore(overall.current)}`, `target ${formatScore(overall.target)}`, style.bold(`${shownPercentToTarget(overall)} to target`), progress(overall)], ...rows]),
  ];
}

/** Across questionnaires: which each answered, and that only what both measure is compared. */
function overlapNote(comparison: Comparison): string[] {
  const [before, after] = comparison.overlap?.questionnaires ?? [];
  if (!before || !after) return [];
  return [clean(`${before.id} v${before.version} then, ${after.id} v${after.version} now: only the sections and questions both measure are compared; overall scores are not`)];
}
