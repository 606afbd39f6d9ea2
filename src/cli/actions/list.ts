import { findQuestionnaireFiles } from '../../load/questionnaire-files.js';
import { loadQuestionnaireFile } from '../../load/questionnaire.js';
import { questionCount } from '../../questionnaire/labels.js';
import { textTable } from '../../report/terminal/table.js';
import { jsonText } from '../../util/json-text.js';
import { relative } from 'node:path';
import type { Io } from '../io.js';
import { sanitizeForTerminal } from '../io.js';

export interface QuestionnaireListing {
  id: string;
  origin: 'local' | 'built-in';
  file: string;
  valid: boolean;
  version?: number | string;
  title?: string;
  sections?: number;
  questions?: number;
}

export function listQuestionnaires(cwd: string): QuestionnaireListing[] {
  return findQuestionnaireFiles(cwd).map(({ id, file, origin }) => {
    try {
      const { questionnaire } = loadQuestionnaireFile(file);
      return {
        id: questionnaire.id,
        origin,
        file,
        valid: true,
        version: questionnaire.version,
        title: questionnaire.title,
        sections: questionnaire.sections.length,
        questions: questionCount(questionnaire),
      };
    } catch {
      return { id, origin, file, valid: false };
    }
  });
}

export function runList(options: { json?: boolean }, io: Io): void {
  const listings = listQuestionnaires(io.cwd);
  if (options.json) {
    io.out(jsonText({ schemaVersion: 1, questionnaires: listings }));
    return;
  }
  const { style } = io;
  const rows = [['ID', 'VERSION', 'SECTIONS', 'QUESTIONS', 'SOURCE', 'TITLE'].map((h) => style.bold(h))];
  for (const q of listings) {
    const source = q.origin === 'built-in' ? 'built-in' : relative(io.cwd, q.file);
    if (!q.valid) {
      rows.push([sanitizeForTerminal(q.id), '-', '-', '-', sanitizeForTerminal(source), style.red('invalid: run `culture-audit validate` on it')]);
      continue;
    }
    rows.push([q.id, sanitizeForTerminal(String(q.version)), String(q.sections), String(q.questions), sanitizeForTerminal(source), sanitizeForTerminal(q.title ?? '')]);
  }
  io.out(textTable(rows));
  io.out(style.dim('\nRun one with `culture-audit run <id>`; read it first with `culture-audit show <id>`.'));
}
