import type { ChalkInstance } from 'chalk';
import type { ChannelOptions, TypeAhead } from './type-ahead.js';

// What every inquirer prompt of the run shares: the loaded module, one theme drawn with the run's
// chalk instance (so NO_COLOR and --no-color reach the prompts too), and the page layout helpers.
// Types only here: inquirer-prompter.ts is the one module that loads @inquirer/prompts.

export type Inquirer = typeof import('@inquirer/prompts');

export interface TerminalOptions {
  style: ChalkInstance;
  columns: number;
  rows: number;
  /** Aborts the prompt on screen (SIGTERM, SIGHUP): it rejects with AbortPromptError. */
  signal?: AbortSignal;
  /** The interview's one keyboard; without it (tests), each prompt reads its own input. */
  keys?: TypeAhead;
}

/** What every prompt is given besides its config. */
export interface PromptContext {
  signal?: AbortSignal;
  clearPromptOnDone: boolean;
  input?: NodeJS.ReadableStream;
}

export type PromptKit = ReturnType<typeof promptKit>;

export function promptKit(inquirer: Inquirer, terminal: TerminalOptions) {
  const { style, rows } = terminal;
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
  return {
    ...terminal,
    inquirer,
    theme,
    /** A refusal to show; keys typed ahead after the refused answer are dropped, and the message says so. */
    refused(message: string): string {
      const count = terminal.keys?.discard() ?? 0;
      if (count === 0) return message;
      const keys = count === 1 ? '1 key typed ahead was' : `${count} keys typed ahead were`;
      // On a line of its own under the refusal, so neither is cut at the edge of the terminal.
      return `${message}\n  ${keys} ignored; answer this question again.`;
    },
    /**
     * Runs one prompt on the interview's keyboard, so keys typed ahead reach it, and only it, in
     * order. Each prompt clears itself when done, so the next screen is drawn where this one was.
     */
    ask<R>(prompt: (context: PromptContext) => Promise<R>, intake?: ChannelOptions): Promise<R> {
      const channel = terminal.keys?.open(intake);
      const context: PromptContext = { signal: terminal.signal, clearPromptOnDone: true, ...(channel ? { input: channel.input } : {}) };
      const asked = prompt(context);
      if (channel) void asked.then(channel.close, channel.close);
      return asked;
    },
    separator: (label = style.dim('─'.repeat(12))) => new inquirer.Separator(label),
    /** As many choices as fit under a message of this height, with room for the lines below the list. */
    pageSize: (messageLines: number, choices: number) => Math.max(3, Math.min(choices, rows - messageLines - 3)),
    page: (lines: string[]) => ({ message: lines.join('\n'), height: lines.length }),
    // The input prompt joins its prefix and message with a space, which would indent the first
    // line by one; making that line the prefix leaves the space invisible at its end instead.
    inputPage: (lines: string[]) => ({ message: `\n${lines.slice(1).join('\n')}`, theme: { ...theme, prefix: lines[0] ?? '' } }),
  };
}
