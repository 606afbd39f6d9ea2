import type { ChalkInstance } from 'chalk';
import { allowedAnswers } from '../../questionnaire/labels.js';
import { isScored, type Question, type Questionnaire } from '../../questionnaire/schema.js';
import { bandsDescending } from '../../scoring/bands.js';
import { sanitizeForTerminal as clean } from '../../util/terminal-text.js';

/** The questionnaire as a consultant reviews it before an interview. Pure: (data, style) → text. */
export function renderQuestionnaireOutline(questionnaire: Questionnaire, style: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(`${style.bold(clean(questionnaire.title))}  ${style.dim(`(${questionnaire.id} v${clean(String(questionnaire.version))})`)}`);
  if (questionnaire.audience) lines.push(`For: ${clean(questionnaire.audience)}`);
  if (questionnaire.description) lines.push(clean(questionnaire.description.trim()));
  lines.push('', `Bands: ${bandsDescending(questionnaire.rubric).map((b) => `${clean(b.label)} ≥ ${b.min}`).join(' · ')}`);
  questionnaire.sections.forEach((section, s) => {
    lines.push('', style.bold.underline(`${s + 1}. ${clean(section.title)}`) + style.dim(`  weight ${section.weight} · ${section.questions.length} questions · id ${section.id}`));
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
