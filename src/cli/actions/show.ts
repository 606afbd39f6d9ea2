import { loadQuestionnaire } from '../../load/questionnaire.js';
import { renderQuestionnaireOutline } from '../../report/terminal/questionnaire-outline.js';
import { applyCommand } from '../apply-result.js';
import { printedResult, stdout, terminalOf, type CommandContext, type CommandResult } from '../command-result.js';
import type { Io } from '../io.js';

/** `show`: the questionnaire as a person reads it. */
export function showCommand(reference: string, options: CommandContext): CommandResult {
  const { questionnaire } = loadQuestionnaire(reference, options.cwd);
  return printedResult([stdout(renderQuestionnaireOutline(questionnaire, terminalOf(options).style))]);
}

export function runShow(reference: string, io: Io): void {
  applyCommand(io, (context) => showCommand(reference, context));
}
