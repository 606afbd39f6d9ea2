import { findQuestionnaireFiles } from '../../load/questionnaire-files.js';
import { loadQuestionnaireFile } from '../../load/questionnaire.js';
import { questionCount } from '../../questionnaire/labels.js';
import { textTable } from '../../report/terminal/table.js';
import { jsonText } from '../../util/json-text.js';
import { relative } from 'node:path';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyCommand } from '../apply-result.js';
import { printedResult, stdout, terminalOf, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';

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
  return findQuestionnaireFiles(cwd).map(({ id, stem, file, origin }) => {
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
      // A file that does not validate is shown by its id if it has a readable one, else by its name.
      return { id: id ?? stem, origin, file, valid: false };
    }
  });
}

export interface ListOptions {
  /** JSON (schemaVersion 1) instead of a table. */
  json?: boolean;
}

/** `list`: the questionnaires one can run here, as a table or JSON. */
export function listCommand(options: ListOptions & CommandContext): CommandResult {
  const listings = listQuestionnaires(options.cwd);
  if (options.json) return printedResult([stdout(jsonText({ schemaVersion: 1, questionnaires: listings }))]);
  const { style } = terminalOf(options);
  const rows = [['ID', 'VERSION', 'SECTIONS', 'QUESTIONS', 'SOURCE', 'TITLE'].map((h) => style.bold(h))];
  for (const q of listings) {
    const source = q.origin === 'built-in' ? 'built-in' : relative(options.cwd, q.file);
    if (!q.valid) {
      rows.push([sanitizeForTerminal(q.id), '-', '-', '-', sanitizeForTerminal(source), style.red('invalid: run `culture-audit validate` on it')]);
      continue;
    }
    rows.push([q.id, sanitizeForTerminal(String(q.version)), String(q.sections), String(q.questions), sanitizeForTerminal(source), sanitizeForTerminal(q.title ?? '')]);
  }
  return printedResult([stdout(textTable(rows)), stdout(style.dim('\nRun one with `culture-audit run <id>`; read it first with `culture-audit show <id>`.'))]);
}

export function runList(options: ListOptions, io: Io): void {
  applyCommand(io, (context) => listCommand({ ...options, ...context }));
}
