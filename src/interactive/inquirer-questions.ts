import type { RawAnswer } from '../answers/schema.js';
import type { QuestionOf, QuestionType } from '../questionnaire/schema.js';
import { MAX_ANSWER_TEXT_LENGTH, MAX_LABEL_LENGTH } from '../util/limits.js';
import { sanitizeForTerminal as clean } from '../util/terminal-text.js';
import type { PromptKit } from './inquirer-kit.js';
import { backLabel, questionPage, tickHint, typedHint } from './page.js';
import { tickList } from './tick-list.js';
import { typedInput } from './typed-input.js';
import type { Prompter, QuestionResult, QuestionView } from './prompter.js';

type Extra = Exclude<QuestionResult, { kind: 'answer' }>;
/** A checkbox item: an option of the question, or one of the extras. */
type Tick = { kind: 'option'; label: string } | Extra;

/** The prompt for each question type: a list for scales, choices and yes/no, typed input, checkboxes. */
export function questionPrompts(kit: PromptKit): Pick<Prompter, QuestionType> {
  const { inquirer, style, columns, theme } = kit;

  function extras(view: QuestionView) {
    const items: { value: Extra; name: string }[] = [];
    if (view.canNA) items.push({ value: { kind: 'na' }, name: 'Not applicable' });
    if (view.canSkip) items.push({ value: { kind: 'skip' }, name: 'Skip this question' });
    if (view.back) items.push({ value: { kind: 'back' }, name: backLabel(view) });
    return items;
  }
  const withSeparator = <T>(items: T[]) => (items.length > 0 ? [kit.separator(), ...items] : []);

  /** One list, extras under a line, the current answer (or extra) preselected. */
  function pick(view: QuestionView, options: { raw: RawAnswer; name: string }[]): Promise<QuestionResult> {
    const answers = options.map(({ raw, name }) => ({ value: { kind: 'answer', raw } as QuestionResult, name: clean(name) }));
    const more = extras(view);
    const current = view.current;
    const preselected = [...answers, ...more].find(({ value }) =>
      current?.kind === 'answer' ? value.kind === 'answer' && String(value.raw) === String(current.raw) : value.kind === current?.kind,
    );
    const { message, height } = kit.page(questionPage(view, style, columns));
    return kit.ask((context) =>
      inquirer.select(
        {
          message,
          choices: [...answers, ...withSeparator(more)],
          default: preselected?.value,
          pageSize: kit.pageSize(height, answers.length + more.length + 1),
          loop: false,
          theme: { ...theme, indexMode: 'number' as const },
        },
        context,
      ),
    );
  }

  /** Typed answers (a number, free text), checked by the same rules as an answer file; `what` says what to type. */
  async function typed(view: QuestionView, what: string): Promise<QuestionResult> {
    const current = view.current;
    const shown = current?.kind === 'answer' ? String(current.raw) : current?.kind === 'na' ? 'n/a' : undefined;
    const lines = [...questionPage(view, style, columns), ...typedHint(view, what, shown, columns).map((line) => style.dim(line)), '›'];
    const isBack = (text: string) => text.trim() === '<' && view.back !== undefined;
    const text = await typedInput(kit, {
      lines,
      default: shown,
      limit: view.question.type === 'text' ? MAX_ANSWER_TEXT_LENGTH : MAX_LABEL_LENGTH,
      validate: (value) => {
        if (isBack(value)) return true;
        if (value.trim() === '') return view.canSkip ? true : 'This question needs an answer.';
        return view.check(value.trim()) ?? true;
      },
    });
    if (isBack(text)) return { kind: 'back' };
    return text.trim() === '' ? { kind: 'skip' } : { kind: 'answer', raw: text.trim() };
  }

  /**
   * Checkboxes; an extra (Not applicable, Skip, Back) counts only when ticked on its own, and an
   * exclusive option ("None of these") unticks the others as it is ticked (see tick-list.ts).
   */
  async function multi(view: QuestionView<QuestionOf<'multi'>>): Promise<QuestionResult> {
    const current = view.current;
    const ticked = new Set(current?.kind === 'answer' && Array.isArray(current.raw) ? current.raw.map(String) : []);
    const exclusive = view.question.options.flatMap((option, i) => (option.exclusive ? [view.labels[i] ?? option.label] : []));
    const options = view.labels.map((label) => ({
      value: { kind: 'option', label } as Tick,
      name: clean(label),
      checked: ticked.has(label),
      exclusive: exclusive.includes(label),
    }));
    const more = extras(view).map((item) => ({ ...item, checked: item.value.kind === current?.kind }));
    const { message, height } = kit.page([...questionPage(view, style, columns), ...tickHint(exclusive, columns).map((line) => style.dim(line))]);
    const chosen = await kit.ask((context) =>
      tickList<Tick>(
        {
          message,
          choices: [...options, ...withSeparator(more)],
          pageSize: kit.pageSize(height, options.length + more.length + 1),
          theme: { ...theme, icon: { checked: style.green('◉'), unchecked: '◯', cursor: '❯' } },
          validate: (selected) => {
            const extra = selected.find((choice) => choice.value.kind !== 'option');
            return extra && selected.length > 1 ? kit.refused(`"${extra.name}" goes on its own: untick the others.`) : true;
          },
        },
        context,
      ),
    );
    const extra = chosen.find((choice): choice is Extra => choice.kind !== 'option');
    if (extra) return extra;
    return { kind: 'answer', raw: chosen.flatMap((choice) => (choice.kind === 'option' ? [choice.label] : [])) };
  }

  const labelled = (view: QuestionView) => view.labels.map((label) => ({ raw: label, name: label }));
  return {
    likert: (view) => pick(view, labelled(view)),
    choice: (view) => pick(view, labelled(view)),
    yesno: (view) => pick(view, [{ raw: 'yes', name: 'Yes' }, { raw: 'no', name: 'No' }]),
    rating: (view) => typed(view, `Type a number from ${view.question.min} to ${view.question.max}`),
    text: (view) => typed(view, 'Type your answer'),
    nps: (view) => typed(view, 'Type a number from 0 (not at all likely) to 10 (extremely likely)'),
    multi,
  };
}
