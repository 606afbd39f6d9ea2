import type { ChalkInstance } from 'chalk';
import { answerLabels } from '../../questionnaire/labels.js';
import type { Question, Questionnaire } from '../../questionnaire/schema.js';
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
  if (question.type !== 'text') {
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

/** What an answer file may say for this question, in words. */
export function allowedAnswers(question: Question, questionnaire: Questionnaire): string {
  const labels = answerLabels(question, questionnaire);
  const na = question.allowNA ? ' · n/a' : '';
  switch (question.type) {
    case 'likert':
      return labels.map((label, i) => `${i + 1} ${label}`).join(' · ') + na;
    case 'choice':
      return question.options.map((o) => `${o.label} (${o.score})`).join(' · ') + na;
    case 'multi':
      return `any of: ${question.options.map((o) => `${o.label} (${o.score})`).join(' · ')}${na}`;
    case 'yesno':
      return `yes · no${na}`;
    case 'rating':
      return `a number from ${question.min} to ${question.max}${na}`;
    case 'text':
      return `free text${na}`;
  }
}
