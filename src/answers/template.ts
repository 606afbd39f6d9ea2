import { stringify } from 'yaml';
import { allowedAnswers } from '../questionnaire/labels.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { answerFileHead, commentLines } from './answer-file-text.js';

/**
 * A blank answer file: the head every answer file has, then every question id with what it accepts
 * as comments. `schema` is the answers JSON Schema as the file's folder reaches it (editors resolve
 * it from there). Pure.
 */
export function renderAnswerTemplate(questionnaire: Questionnaire, schema = '../schema/answers.schema.json'): string {
  const note = [
    `yaml-language-server: $schema=${schema}`,
    `Answers for "${oneLine(questionnaire.title)}". Write each answer after its colon; leave it empty to skip.`,
    'Scale answers take the position (1 = first label) or the label. Check the file with:',
    '  culture-audit validate <this file>',
  ];
  const head = commentLines(note.join('\n')) + stringify(answerFileHead(questionnaire), { lineWidth: 0 });
  const lines = [
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
      // Quoted where YAML would read the id as something else (1e400, 0x10, true): the key must come back as the id.
      lines.push(`  ${stringify(question.id).trimEnd()}:`);
    }
  });
  return `${head}${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
