import { renderAnswerTemplate } from '../../answers/template.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { writeFileAtomic } from '../../write/write-files.js';
import { resolve } from 'node:path';
import { sanitizeForTerminal, type Io } from '../io.js';

export function runTemplate(reference: string, options: { output?: string; force?: boolean }, io: Io): void {
  const { questionnaire } = loadQuestionnaire(reference, io.cwd);
  const text = renderAnswerTemplate(questionnaire);
  if (!options.output || options.output === '-') {
    io.out(text);
    return;
  }
  const path = resolve(io.cwd, options.output);
  writeFileAtomic(path, text, { force: options.force });
  io.err(`Wrote ${sanitizeForTerminal(options.output)}`);
}
