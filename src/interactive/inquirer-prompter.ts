import { truncate } from '../report/terminal/wrap.js';
import { MAX_LABEL_LENGTH } from '../util/limits.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import { promptKit, type TerminalOptions } from './inquirer-kit.js';
import { questionPrompts } from './inquirer-questions.js';
import { hiddenNote, pageWindow, REVIEW_LINES_UNDER_LIST, reviewEntryDetail, reviewEntryName, reviewPage } from './page.js';
import type { Prompter, ReviewResult, ReviewView } from './prompter.js';
import { TypeAhead } from './type-ahead.js';
import { typedInput } from './typed-input.js';

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
      const { message, height } = kit.page(reviewPage(view, style, columns));
      const { choices, start, pageSize } = reviewChoices(view, height);
      return kit.ask((context) => inquirer.select({ message, choices, default: start, pageSize, loop: false, theme }, context));
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

  /**
   * Finish, Back, then every question under its section title. The cursor starts on the question
   * just changed, else (while Finish is blocked) on the first required question still open. Under
   * the list: what lies above and below the page, then the highlighted question and answer whole.
   */
  function reviewChoices(view: ReviewView, messageLines: number) {
    const blocked = view.missingRequired > 0 ? { disabled: '(answer the required questions first)' } : {};
    type Choice = { value: ReviewResult; name: string; description?: string; disabled?: string };
    const items: (Choice | { separator: string })[] = [
      { value: { kind: 'finish' }, name: 'Finish and see the results', ...blocked },
      { value: { kind: 'back' }, name: '← Back to the last question' },
    ];
    const details = new Map<Choice, string[]>();
    let start: ReviewResult | undefined;
    let firstOpen: ReviewResult | undefined;
    for (const section of view.sections) {
      items.push({ separator: truncate(clean(section.title), columns - 2) });
      for (const entry of section.entries) {
        const choice: Choice = { value: { kind: 'change', index: entry.index }, name: reviewEntryName(entry, columns) };
        if (entry.index === view.focus) start = choice.value;
        if (!firstOpen && view.missingRequired > 0 && entry.required && entry.answer === undefined) firstOpen = choice.value;
        details.set(choice, reviewEntryDetail(entry, columns));
        items.push(choice);
      }
    }
    // kit.pageSize keeps 3 lines under the list; the review needs more, and one spare for the cursor.
    const pageSize = kit.pageSize(messageLines + REVIEW_LINES_UNDER_LIST - 2, items.length);
    // Questions before each item, to count what the page leaves out above and below it.
    const before: number[] = [];
    items.reduce((count, item, i) => ((before[i] = count), count + (isQuestion(item) ? 1 : 0)), 0);
    const questions = items.filter(isQuestion).length;
    const choices = items.map((item, i) => {
      if (!('value' in item)) return kit.separator(style.bold(item.separator));
      const { first, end } = pageWindow(i, items.length, pageSize);
      const hidden = hiddenNote(before[first] ?? 0, questions - (before[end] ?? questions));
      const description = [...(hidden ? [hidden] : []), ...(details.get(item) ?? [])].join('\n');
      return { ...item, ...(description ? { description } : {}) };
    });
    return { choices, start: start ?? firstOpen, pageSize };
  }

  function isQuestion(item: object): boolean {
    return 'value' in item && (item.value as ReviewResult).kind === 'change';
  }
}
