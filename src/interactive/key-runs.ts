// Keys typed ahead, as plain data: which keys a prompt gets next. Pure, so the rules that keep a
// burst of keys in order (and a long paste linear) are tested without a terminal.

/** A key as node's readline decodes it from the terminal. */
export interface Key {
  sequence: string;
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
}

/** How a prompt takes its keys. */
export interface KeyIntake {
  /**
   * Runs of plain characters arrive as one insert. Typed input wants this: readline and the
   * prompt redraw the whole line after every key, so a paste delivered key by key costs the
   * square of its length. Lists read digits one at a time ("12" picks the twelfth), so they don't.
   */
  joinText?: boolean;
  /** Characters the line still takes; what a run brings beyond that is dropped. */
  room?: number;
}

/** The next delivery: one key, or a run of plain characters joined into one. */
export interface Delivery {
  key?: Key;
  /** Keys taken off the queue, delivered or dropped. */
  taken: number;
  /** Characters dropped for want of room. */
  dropped: number;
}

// C0 and C1 controls and DEL: Enter, Tab, Backspace, Escape sequences, Ctrl+ keys.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A key that only inserts its characters into a line: no Ctrl, Meta, Enter, arrows or the like. */
export function isPlainText(key: Key): boolean {
  return key.sequence.length > 0 && !key.ctrl && !key.meta && !CONTROL.test(key.sequence);
}

/** What the prompt gets next from `queue` (read from `head`); `taken` is 0 when the queue is empty. */
export function nextDelivery(queue: readonly Key[], head: number, intake: KeyIntake): Delivery {
  const first = queue[head];
  if (!first) return { taken: 0, dropped: 0 };
  if (!isPlainText(first)) return { key: first, taken: 1, dropped: 0 };
  let end = head + 1;
  if (intake.joinText) while (end < queue.length && isPlainText(queue[end] as Key)) end++;
  const text = queue.slice(head, end).map((key) => key.sequence).join('');
  const kept = fitted(text, intake.room ?? Infinity);
  const dropped = text.length - kept.length;
  if (kept === '') return { taken: end - head, dropped };
  const key = end - head === 1 && dropped === 0 ? first : { sequence: kept, ctrl: false, meta: false, shift: false };
  return { key, taken: end - head, dropped };
}

/** The start of `text` within `room` UTF-16 units, never cutting a surrogate pair. */
function fitted(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, Math.max(0, room));
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
