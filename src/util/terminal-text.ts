import { shownPath } from './os-path.js';

// ESC sequences (CSI, OSC, single-character) and every other C0/C1 control except tab and newline;
// also the bidirectional marks, overrides and isolates, which can show text in an order it is not in.
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from a respondent or a file safe to print: it can move no cursor and change no colour,
 * and a file name's byte that is not UTF-8 shows as `\xff` (see os-path.ts), not as "�".
 */
export function sanitizeForTerminal(text: string): string {
  return shownPath(text.replace(ANSI_SEQUENCE, '').replace(CONTROL, ''));
}
