import { stringify } from 'yaml';
import { allowedAnswers } from '../questionnaire/labels.js';
import { questionnaireHash } from '../questionnaire/hash.js';
import type { Questionnaire } from '../questionnaire/schema.js';

/** A blank answer file: every question id with what it accepts as comments. Pure. */
export function renderAnswerTemplate(questionnaire: Questionnaire): string {
  const lines = [
    '# yaml-language-server: $schema=../schema/answers.schema.json',
    `# Answers for "${oneLine(questionnaire.title)}". Write each answer after its colon; leave it empty to skip.`,
    '# Scale answers take the position (1 = first label) or the label. Check the file with:',
    '#   culture-audit validate <this file>',
    `questionnaire: ${questionnaire.id}`,
    `version: ${stringify(questionnaire.version).trim()}`,
    `questionnaireHash: ${questionnaireHash(questionnaire)}`,
    'respondent:',
    '  id:',
    '  name:',
    '  role:',
    '  team:',
    'completed:   # YYYY-MM-DD',
    'answers:',
  ];
  questionnaire.sections.forEach((section, s) => {
    lines.push('', `  # ── ${s + 1}. ${oneLine(section.title)}`);
    for (const question of section.questions) {
      lines.push(`  # ${oneLine(question.text)}`);
      lines.push(`  #   ${question.type}${question.required ? ', required' : ''}: ${oneLine(allowedAnswers(question, questionnaire))}`);
      lines.push(`  ${question.id}:`);
    }
  });
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
