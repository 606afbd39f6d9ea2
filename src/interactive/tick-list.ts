import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  Separator,
  usePagination,
  usePrefix,
  useKeypress,
  useState,
} from '@inquirer/core';

// A checkbox list whose exclusive items ("None of these", "Don't know") stand alone: ticking one
// unticks the rest, and ticking any other item unticks them, while the respondent watches.
// @inquirer/prompts' checkbox has no such rule (only a validate that refuses on Enter), so this is
// built on @inquirer/core as that checkbox is, keeping its keys: arrows, space, a digit, Enter.

export interface Tick<V> {
  value: V;
  name: string;
  checked?: boolean;
  /** Stands alone: ticking it unticks every other item, and ticking another unticks it. */
  exclusive?: boolean;
}

export interface TickListConfig<V> {
  message: string;
  choices: readonly (Tick<V> | Separator)[];
  pageSize: number;
  loop?: boolean;
  /** Asked on Enter with the ticked items: true, or the sentence to show. */
  validate?: (ticked: readonly Tick<V>[]) => string | true;
  theme?: TickThemeInput;
}

type Item<V> = Required<Pick<Tick<V>, 'checked' | 'exclusive'>> & Tick<V>;

const isTick = <V>(item: Item<V> | Separator): item is Item<V> => !Separator.isSeparator(item);

/**
 * The items after the respondent toggles item `index`: ticking an exclusive item unticks all the
 * others; ticking any other item unticks the exclusive ones; unticking touches nothing else.
 */
export function toggleTick<V, T extends { checked: boolean; exclusive: boolean } | Separator>(items: readonly T[], index: number): T[] {
  const target = items[index];
  if (target === undefined || Separator.isSeparator(target)) return [...items];
  const ticking = !target.checked;
  return items.map((item, i) => {
    if (Separator.isSeparator(item)) return item;
    if (i === index) return { ...item, checked: ticking };
    const cleared = ticking && (target.exclusive || item.exclusive);
    return cleared && item.checked ? { ...item, checked: false } : item;
  });
}

type TickTheme = { icon: { checked: string; unchecked: string; cursor: string }; style: { keysHelpTip: (keys: [string, string][]) => string } };
/** What the list takes of a theme: the run's (kit.theme) fits. */
type TickThemeInput = {
  prefix?: string | { idle?: string; done?: string };
  style?: Partial<Pick<TickTheme['style'], 'keysHelpTip'>> & { message?: (text: string, status: string) => string; error?: (text: string) => string; highlight?: (text: string) => string };
  icon?: Partial<TickTheme['icon']>;
};
const tickTheme: TickTheme = { icon: { checked: '◉', unchecked: '◯', cursor: '❯' }, style: { keysHelpTip: (keys) => keys.map(([key, action]) => `${key} ${action}`).join(' · ') } };
const KEYS: [string, string][] = [['↑↓', 'navigate'], ['space', 'tick'], ['⏎', 'submit']];
// What @inquirer/ansi's cursorHide writes: the list is answered with keys, not typed into.
const CURSOR_HIDE = '\u001b[?25l';

const prompt = createPrompt((config: TickListConfig<unknown>, done: (ticked: unknown[]) => void): string => {
  type V = unknown;
  const theme = makeTheme<TickTheme>(tickTheme, config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const [items, setItems] = useState<(Item<V> | Separator)[]>(() =>
    config.choices.map((choice) => (Separator.isSeparator(choice) ? choice : { ...choice, checked: choice.checked ?? false, exclusive: choice.exclusive ?? false })),
  );
  const first = items.findIndex(isTick);
  const last = items.length - 1 - [...items].reverse().findIndex(isTick);
  const [active, setActive] = useState(first);
  const [error, setError] = useState<string | undefined>();
  const loop = config.loop ?? false;

  useKeypress((key) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const ticked = items.filter(isTick).filter((item) => item.checked);
      const verdict = config.validate?.(ticked) ?? true;
      if (verdict !== true) return setError(verdict);
      setStatus('done');
      return done(ticked.map((item) => item.value));
    }
    setError(undefined);
    if (isUpKey(key, theme.keybindings) || isDownKey(key, theme.keybindings)) {
      const step = isUpKey(key, theme.keybindings) ? -1 : 1;
      if (!loop && active === (step < 0 ? first : last)) return;
      let next = active;
      do next = (next + step + items.length) % items.length;
      while (!isTick(items[next] as Item<V> | Separator));
      return setActive(next);
    }
    if (isSpaceKey(key)) return setItems(toggleTick(items, active));
    if (isNumberKey(key)) {
      // The nth item, separators not counted, as the list's own numbering would have it.
      const position = items.map((item, i) => (isTick(item) ? i : -1)).filter((i) => i >= 0)[Number(key.name) - 1];
      if (position === undefined) return;
      setActive(position);
      setItems(toggleTick(items, position));
    }
  });

  const message = theme.style.message(config.message, status);
  const page = usePagination({
    items,
    active,
    pageSize: config.pageSize,
    loop,
    renderItem({ item, isActive }) {
      if (!isTick(item)) return ` ${item.separator}`;
      const line = `${isActive ? theme.icon.cursor : ' '}${item.checked ? theme.icon.checked : theme.icon.unchecked} ${item.name}`;
      return isActive ? theme.style.highlight(line) : line;
    },
  });
  if (status === 'done') return [prefix, message].filter(Boolean).join(' ');
  const lines = [[prefix, message].filter(Boolean).join(' '), page, ' ', error ? theme.style.error(error) : '', theme.style.keysHelpTip(KEYS)];
  return `${lines.filter(Boolean).join('\n')}${CURSOR_HIDE}`;
});

/** The prompt, typed by the values of its choices. */
export const tickList = prompt as <V>(config: TickListConfig<V>, context?: Parameters<typeof prompt>[1]) => Promise<V[]>;
