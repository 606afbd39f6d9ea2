import type { ChalkInstance } from 'chalk';
import type { RawAnswer } from '../answers/schema.js';
import { wrapText } from '../report/terminal/wrap.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import { backLabel, questionPage, reviewEntryName, reviewPage, typedHint } from './page.js';
import type { MenuChoice, Prompter, QuestionResult, QuestionView, ReviewResult } from './prompter.js';

// The only module that touches @inquirer/prompts. It is imported on first use, so commands
// other than `run` never load it.
type Inquirer = typeof import('@inquirer/prompts');
let inquirerModule: Promise<Inquirer> | undefined;
const inquirer = (): Promise<Inquirer> => (inquirerModule ??= import('@inquirer/prompts'));

export interface TerminalOptions {
  style: ChalkInstance;
  columns: number;
  rows: number;
  /** Aborts the prompt on screen (SIGTERM, SIGHUP): it rejects with AbortPromptError. */
  signal?: AbortSignal;
}

type Extra = Exclude<QuestionResult, { kind: 'answer' }>;
/** A checkbox item: an option of the question, or one of the extras. */
type Tick = { kind: 'option'; label: string } | Extra;

/** Prompts in a real terminal: one screen per question, redrawn in place. */
export function inquirerPrompter(terminal: TerminalOptions): Prompter {
  const { style, columns, rows } = terminal;
  // Each prompt clears itself when done, so the next screen is drawn where this one was.
  const context = { signal: terminal.signal, clearPromptOnDone: true };
  const theme = {
    prefix: { idle: '', done: '' },
    style: {
      message: (text: string) => text,
      answer: (text: string) => style.cyan(text),
      error: (text: string) => style.red(`> ${text}`),
      defaultAnswer: (text: string) => style.dim(`(${text})`),
      help: (text: string) => style.dim(text),
      highlight: (text: string) => style.cyan(text),
      key: (text: string) => style.cyan.bold(`<${text}>`),
      description: (text: string) => style.dim(text),
      disabled: (text: string) => style.dim(text),
      keysHelpTip: (keys: [string, string][]) => style.dim(keys.map(([key, action]) => `${key} ${action}`).join(' · ')),
    },
  };
  const separator = async (label = style.dim('─'.repeat(12))) => new (await inquirer()).Separator(label);
  const pageSize = (messageLines: number, choices: number) => Math.max(3, Math.min(choices, rows - messageLines - 3));
  const page = (lines: string[]) => ({ message: lines.join('\n'), height: lines.length });
  // The input prompt joins its prefix and message with a space, which would indent the first
  // line by one; making that line the prefix leaves the space invisible at its end instead.
  const inputPage = (lines: string[]) => ({ message: `\n${lines.slice(1).join('\n')}`, theme: { ...theme, prefix: lines[0] ?? '' } });

  async function extras(view: QuestionView) {
    const items: { value: Extra; name: string }[] = [];
    if (view.canNA) items.push({ value: { kind: 'na' }, name: 'Not applicable' });
    if (view.canSkip) items.push({ value: { kind: 'skip' }, name: 'Skip this question' });
    if (view.back) items.push({ value: { kind: 'back' }, name: backLabel(view) });
    return items.length > 0 ? [await separator(), ...items] : [];
  }

  /** likert, choice and yesno: one list, extras under a line, the current answer preselected. */
  async function pick(view: QuestionView, options: { raw: RawAnswer; name: string }[]): Promise<QuestionResult> {
    const { select } = await inquirer();
    const answers = options.map(({ raw, name }) => ({ value: { kind: 'answer', raw } as QuestionResult, name: clean(name) }));
    const current = view.current;
    const preselected =
      current?.kind === 'answer'
        ? answers.find((choice) => choice.value.kind === 'answer' && String(choice.value.raw) === String(current.raw))?.value
        : undefined;
    const more = await extras(view);
    const selectable = [...answers, ...more.filter((item) => !('separator' in item))] as { value: QuestionResult }[];
    const { message, height } = page(questionPage(view, style, columns));
    return select(
      {
        message,
        choices: [...answers, ...more],
        default: preselected ?? selectable.find((choice) => choice.value.kind === current?.kind)?.value,
        pageSize: pageSize(height, answers.length + more.length),
        loop: false,
        theme: { ...theme, indexMode: 'number' as const },
      },
      context,
    );
  }

  /** rating and text: typed, checked by the same rules as an answer file. */
  async function typed(view: QuestionView): Promise<QuestionResult> {
    const { input } = await inquirer();
    const current = view.current;
    const shown = current?.kind === 'answer' ? String(current.raw) : current?.kind === 'na' ? 'n/a' : undefined;
    const lines = [...questionPage(view, style, columns), ...typedHint(view, shown, columns).map((line) => style.dim(line)), '›'];
    const isBack = (text: string) => text.trim() === '<' && view.back !== undefined;
    const text = await input(
      {
        ...inputPage(lines),
        default: shown,
        validate: (value) => {
          if (isBack(value)) return true;
          if (value.trim() === '') return view.canSkip ? true : 'This question needs an answer.';
          return view.check(value.trim()) ?? true;
        },
      },
      context,
    );
    if (isBack(text)) return { kind: 'back' };
    return text.trim() === '' ? { kind: 'skip' } : { kind: 'answer', raw: text.trim() };
  }

  return {
    likert: (view) => pick(view, view.labels.map((label) => ({ raw: label, name: label }))),
    choice: (view) => pick(view, view.labels.map((label) => ({ raw: label, name: label }))),
    yesno: (view) => pick(view, [{ raw: 'yes', name: 'Yes' }, { raw: 'no', name: 'No' }]),
    rating: typed,
    text: typed,

    async multi(view) {
      const { checkbox } = await inquirer();
      const current = view.current;
      const ticked = new Set(current?.kind === 'answer' && Array.isArray(current.raw) ? current.raw.map(String) : []);
      const options = view.labels.map((label) => ({ value: { kind: 'option', label } as Tick, name: clean(label), checked: ticked.has(label) }));
      const more = (await extras(view)).map((item) => ('value' in item ? { ...item, checked: item.value.kind === current?.kind } : item));
      const { message, height } = page([...questionPage(view, style, columns), style.dim('Space ticks or unticks; Enter when done.')]);
      const chosen = await checkbox<Tick>(
        {
          message,
          choices: [...options, ...more],
          pageSize: pageSize(height, options.length + more.length),
          loop: false,
          shortcuts: { all: null, invert: null },
          theme: { ...theme, icon: { checked: style.green('◉'), unchecked: '◯', cursor: '❯' } },
          validate: (selected) => {
            const extra = selected.find((choice) => choice.value.kind !== 'option');
            return extra && selected.length > 1 ? `"${extra.name}" goes on its own: untick the others.` : true;
          },
        },
        context,
      );
      const extra = chosen.find((choice): choice is Extra => choice.kind !== 'option');
      if (extra) return extra;
      return { kind: 'answer', raw: chosen.flatMap((choice) => (choice.kind === 'option' ? [choice.label] : [])) };
    },

    async review(view) {
      const { select } = await inquirer();
      const finish = view.missingRequired > 0 ? { disabled: '(answer the required questions first)' } : {};
      const choices: (Parameters<typeof select<ReviewResult>>[0]['choices'][number])[] = [
        { value: { kind: 'finish' }, name: 'Finish and see the results', ...finish },
        { value: { kind: 'back' }, name: '← Back to the last question' },
      ];
      for (const section of view.sections) {
        choices.push(await separator(style.bold(clean(section.title))));
        for (const entry of section.entries) {
          choices.push({ value: { kind: 'change', index: entry.index }, name: reviewEntryName(entry, columns), description: wrapText(clean(entry.text), columns - 1).join('\n') });
        }
      }
      // While Finish is blocked, start on the first required question still open.
      const firstRequired = view.sections.flatMap((section) => section.entries).find((entry) => entry.required && entry.answer === undefined);
      const start = firstRequired && choices.find((choice) => 'value' in choice && choice.value.kind === 'change' && choice.value.index === firstRequired.index);
      const { message, height } = page(reviewPage(view, style, columns));
      // Room under the list for the highlighted question's full text (up to three lines).
      return select(
        { message, choices, default: start && 'value' in start ? start.value : undefined, pageSize: pageSize(height + 3, choices.length), loop: false, theme },
        context,
      );
    },

    async respondentDetail(field, questionnaireTitle) {
      const { input } = await inquirer();
      const lines = [style.dim(clean(questionnaireTitle)), style.bold('About you'), '', field.message, style.dim(field.hint), '›'];
      const value = await input(
        { ...inputPage(lines), validate: (text) => (field.required && text.trim() === '' ? 'Please fill this in.' : true) },
        context,
      );
      return value.trim();
    },

    async chooseQuestionnaire(choices: MenuChoice[]) {
      const { select } = await inquirer();
      const lines = [style.bold('Which questionnaire?'), ''];
      return select(
        { message: lines.join('\n'), choices: choices.map((choice) => ({ ...choice, name: clean(choice.name) })), pageSize: pageSize(lines.length, choices.length), theme },
        context,
      );
    },

    async confirm(message, defaultAnswer) {
      const { confirm } = await inquirer();
      return confirm({ message: style.bold(message), default: defaultAnswer, theme: { ...theme, prefix: style.cyan('?') } }, context);
    },
  };
}
