import { resolve } from 'node:path';
import { renderAnswerTemplate } from '../../answers/template.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import { applyCommand } from '../apply-result.js';
import { printedResult, stderr, stdout, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';

export interface TemplateOptions {
  /** The file to write; stdout without it or with "-". */
  output?: string;
  force?: boolean;
}

/** `template`: a blank answer file for the questionnaire, printed or to be written. */
export function templateCommand(reference: string, options: TemplateOptions & CommandContext): CommandResult {
  const { questionnaire } = loadQuestionnaire(reference, options.cwd);
  const text = renderAnswerTemplate(questionnaire);
  if (!options.output || options.output === '-') return printedResult([stdout(text)]);
  const file = { path: resolve(options.cwd, options.output), content: text };
  return { ...printedResult([stderr(`Wrote ${sanitizeForTerminal(options.output)}`)]), files: [file], force: options.force };
}

export function runTemplate(reference: string, options: TemplateOptions, io: Io): void {
  applyCommand(io, (context) => templateCommand(reference, { ...options, ...context }));
}
