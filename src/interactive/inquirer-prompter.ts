import { truncate, wrapText } from '../report/terminal/wrap.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import { promptKit, type TerminalOptions } from './inquirer-kit.js';
import { questionPrompts } from './inquirer-questions.js';
import { TypeAhead } from './type-ahead.js';
import { typedInput } from './typed-input.js';
import { MAX_LABEL_LENGTH } from '../util/limits.js';
import { reviewEntryName, reviewPage } from './page.js';
import type { Prompter, ReviewResult, ReviewView } from './prompter.js';

/**
 * Prompts in a real terminal: one screen per question, redrawn in place. The only module that
 * loads @inquirer/prompts, and it does so when called, so commands other than `run` never pay for it.
 */
export async function inquirerPrompter(terminal: TerminalOptions): Promise<Prompter> {
  // One keyboard for every prompt of the run, so keys typed ahead are kept (see type-ahead.ts).
  const keys = terminal.keys ?? (process.stdin.isTTY ? new TypeAhead(process.stdin) : undefined);
  const kit = promptKit(await import('@inquirer/prompts'), { ...terminal, keys });
  const { inquirer, style, columns, theme } = kit;

  return {
    ...questionPrompts(kit),

    review(view) {
      const { choices, start } = reviewChoices(view);
      const { message, height } = kit.page(reviewPage(view, style, columns));
      // Room under the list for the highlighted question's full text (up to three lines).
      return kit.ask((context) => inquirer.select({ message, choices, default: start, pageSize: kit.pageSize(height + 3, choices.length), loop: false, theme }, context));
    },

    async respondentDetail(field, questionnaireTitle) {
      const lines = [style.dim(clean(questionnaireTitle)), style.bold('About you'), '', field.message, style.dim(field.hint), '›'];
      const validate = (text: string) => (field.required && text.trim() === '' ? 'Please fill this in.' : true);
      return (await typedInput(kit, { lines, validate, limit: MAX_LABEL_LENGTH })).trim();
    },

    chooseQuestionnaire(choices) {
      const lines = [style.bold('Which questionnaire?'), ''];
      const named = choices.map((choice) => ({ ...choice, name: truncate(clean(choice.name), columns - 4) }));
      return kit.ask((context) => inquirer.select({ message: lines.join('\n'), choices: named, pageSize: kit.pageSize(lines.length + 1, choices.length), theme }, context));
    },

    confirm(message, defaultAnswer) {
      return kit.ask((context) => inquirer.confirm({ message: style.bold(message), default: defaultAnswer, theme: { ...theme, prefix: style.cyan('?') } }, context));
    },
  };

  /** Finish, Back, then every question under its section title; while Finish is blocked, start on the first required question still open. */
  function reviewChoices(view: ReviewView) {
    const blocked = view.missingRequired > 0 ? { disabled: '(answer the required questions first)' } : {};
    const choices: Parameters<typeof inquirer.select<ReviewResult>>[0]['choices'][number][] = [
      { value: { kind: 'finish' }, name: 'Finish and see the results', ...blocked },
      { value: { kind: 'back' }, name: '← Back to the last question' },
    ];
    let start: ReviewResult | undefined;
    for (const section of view.sections) {
      choices.push(kit.separator(style.bold(clean(section.title))));
      for (const entry of section.entries) {
        const value: ReviewResult = { kind: 'change', index: entry.index };
        if (!start && view.missingRequired > 0 && entry.required && entry.answer === undefined) start = value;
        choices.push({ value, name: reviewEntryName(entry, columns), description: wrapText(clean(entry.text), columns - 1).join('\n') });
      }
    }
    return { choices, start };
  }
}
