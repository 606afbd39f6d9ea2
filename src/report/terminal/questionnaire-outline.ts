import type { ChalkInstance } from 'chalk';
import { allowedAnswers } from '../../questionnaire/labels.js';
import { EVERYONE, isScored, type Question, type Questionnaire } from '../../questionnaire/schema.js';
import { bandsDescending } from '../../scoring/bands.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';

/** The questionnaire as a consultant reviews it before an interview. Pure: (data, style) → text. */
export function renderQuestionnaireOutline(questionnaire: Questionnaire, style: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(`${style.bold(clean(questionnaire.title))}  ${style.dim(`(${questionnaire.id} v${clean(String(questionnaire.version))})`)}`);
  if (questionnaire.audience) lines.push(`For: ${clean(questionnaire.audience)}`);
  if (questionnaire.description) lines.push(clean(questionnaire.description.trim()));
  if (questionnaire.weighting) lines.push(`Weighting: ${clean(questionnaire.weighting.trim())}`);
  lines.push(...audienceLines(questionnaire));
  lines.push('', `Bands: ${bandsDescending(questionnaire.rubric).map((b) => `${clean(b.label)} ≥ ${b.min}`).join(' · ')}`);
  questionnaire.sections.forEach((section, s) => {
    lines.push('', style.bold.underline(`${s + 1}. ${clean(section.title)}`) + style.dim(`  weight ${section.weight} · ${section.questions.length} questions · id ${section.id}${section.dimension ? ` · dimension ${section.dimension}` : ''}`));
    if (section.rubric) lines.push(`   Own bands: ${bandsDescending(section.rubric).map((b) => `${clean(b.label)} ≥ ${b.min}`).join(' · ')}`);
    section.questions.forEach((question, q) => {
      lines.push('', `   ${style.bold(`${s + 1}.${q + 1}`)} ${clean(question.text)}`);
      lines.push(`       ${style.dim(`${question.id} · ${questionMarks(question, style)}`)}`);
      const allowed = allowedAnswers(question, questionnaire);
      if (allowed) lines.push(`       Answers: ${clean(allowed)}`);
      if (question.help) lines.push(`       ${style.italic.dim(`Why: ${clean(question.help)}`)}`);
    });
  });
  return lines.join('\n');
}

/** The readers advice can be addressed to (`for:` in recommendations), with the roles each covers. */
function audienceLines(questionnaire: Questionnaire): string[] {
  const audiences = Object.entries(questionnaire.audiences ?? {});
  if (audiences.length === 0) return [];
  const named = audiences.map(([id, audience]) => `${clean(audience.title)} (${id}: ${audience.roles.map(clean).join(', ')})`);
  return [`Advice for: ${[...named, `Everyone (${EVERYONE})`].join(' · ')}`];
}

function questionMarks(question: Question, style: ChalkInstance): string {
  const marks: string[] = [question.type];
  if (isScored(question)) {
    marks.push(`weight ${question.weight}`);
    if (question.reverse) marks.push('reverse-keyed');
    if (question.critical) marks.push(style.red(`critical at ≤ ${question.critical.atOrBelow}`));
  } else {
    marks.push('not scored');
  }
  if (question.required) marks.push('required');
  if (question.allowNA) marks.push('n/a allowed');
  return marks.join(' · ');
}
