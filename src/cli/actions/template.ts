import { dirname, join, relative, resolve } from 'node:path';
import { packageInfo } from '../../util/package-root.js';
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
  const printed = !options.output || options.output === '-';
  // Printed, the file most likely goes where `run` saves answers: answers/ in this folder.
  const path = resolve(options.cwd, printed ? join('answers', 'answers.yaml') : (options.output as string));
  const text = renderAnswerTemplate(questionnaire, schemaReference(dirname(path)));
  if (printed) return printedResult([stdout(text)]);
  const file = { path, content: text };
  return { ...printedResult([stderr(`Wrote ${sanitizeForTerminal(options.output as string)}`)]), files: [file], force: options.force, relativePaths: true };
}

/**
 * The answers JSON Schema this installation ships (node_modules/culture-audit/schema/ in a project
 * that installs it; schema/ in this repository), relative to `folder`, with forward slashes as
 * yaml-language-server reads them on every system.
 */
export function schemaReference(folder: string): string {
  const path = relative(folder, join(packageInfo().root, 'schema', 'answers.schema.json')).split(/[\\/]/).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

export function runTemplate(reference: string, options: TemplateOptions, io: Io): void {
  applyCommand(io, (context) => templateCommand(reference, { ...options, ...context }));
}
