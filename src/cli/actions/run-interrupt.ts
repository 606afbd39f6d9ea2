import { relative } from 'node:path';
import type { Io } from '../io.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Turns SIGINT, SIGTERM and SIGHUP (a closed terminal) into an abort of the prompt on screen, so
 * the run ends through the same path as Ctrl+C: message, exit 130. Without these listeners the
 * prompt library's own exit hook would re-raise the signal and end the process before anything
 * is printed. The answers on disk are already complete up to the previous question either way.
 */
export function interruptGuard(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new Error(`received ${name}`));
  for (const name of SIGNALS) process.on(name, onSignal);
  return { signal: controller.signal, dispose: () => SIGNALS.forEach((name) => process.off(name, onSignal)) };
}

/** Ctrl+C in a prompt (ExitPromptError) or a signal (AbortPromptError). */
export function isInterruption(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** What to type to continue: the questionnaire is named only when its id would not find it. */
export function resumeCommand(answerFile: string, questionnairePath?: string): string {
  const questionnaire = questionnairePath ? ` ${shellQuote(questionnairePath)}` : '';
  return `culture-audit run${questionnaire} --resume ${shellQuote(answerFile)}`;
}

export function printInterrupted(io: Io, saved: { file: string; answered: number; questionnairePath?: string } | undefined): void {
  if (!saved) {
    io.err('Stopped before the first question; nothing was saved.');
    return;
  }
  const shown = relative(io.cwd, saved.file) || saved.file;
  const count = saved.answered === 1 ? '1 answer is' : `${saved.answered} answers are`;
  io.err(`Stopped. ${count} saved in ${shown}.`);
  io.err('Continue where you left off with:');
  io.err(`  ${resumeCommand(shown, saved.questionnairePath)}`);
}

/** Quotes a path for a POSIX shell only when it needs it. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
