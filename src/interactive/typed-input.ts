import type { PromptKit } from './inquirer-kit.js';
import { thousands } from '../util/thousands.js';

export interface TypedInput {
  /** The page above the input line; its last line is the input line's start ("›"). */
  lines: string[];
  default?: string;
  validate(text: string): string | true;
  /** The most characters an answer may have: a paste beyond it is cut here, with a note. */
  limit: number;
}

/**
 * A line of typed input on the interview's keyboard. A paste arrives as one insert, so input
 * costs what it brings once, not once per character; what would take the line past `limit` is
 * left out with a note, so a 100 KB paste never makes a line the answer could not be.
 */
export function typedInput(kit: PromptKit, spec: TypedInput): Promise<string> {
  const { style, theme } = kit;
  let length = 0;
  let cut = false;
  const page = kit.inputPage(spec.lines);
  const note = `Pasted text was cut at ${thousands(spec.limit)} characters, the most an answer can hold.`;
  const noted = kit.inputPage([...spec.lines.slice(0, -1), style.yellow(note), ...spec.lines.slice(-1)]).message;
  return kit.ask(
    (context) =>
      kit.inquirer.input(
        {
          ...page,
          default: spec.default,
          validate: (text) => {
            const verdict = spec.validate(text);
            return verdict === true ? true : kit.refused(verdict);
          },
          theme: { ...page.theme, style: { ...theme.style, message: () => (cut ? noted : page.message) } },
          // Called on every redraw with the line as it stands: how much room the keyboard has left.
          transformer: (value, { isFinal }) => {
            length = value.length;
            return isFinal ? style.cyan(value) : lineTail(value, kit.columns);
          },
        },
        context,
      ),
    {
      joinText: true,
      room: () => spec.limit - length,
      onDropped: () => {
        cut = true;
      },
    },
  );
}

/** Width of the input line's start, "› ". */
const START = 2;

/**
 * A long line as its last one or two terminal lines after "…", so the page and any note above it
 * stay on screen. It ends in the column the cursor goes to: when what is shown is shorter than the
 * line, inquirer measures the line alone (without "› ") to place the cursor.
 */
export function lineTail(value: string, columns: number): string {
  if (START + value.length <= 2 * columns) return value;
  const end = (value.length - START) % columns;
  // At least a quarter line of text after the "…": a line and a bit when the end is near the margin.
  const shown = end < columns / 4 ? end + columns : end;
  return `…${value.slice(value.length - shown + 1)}`;
}
