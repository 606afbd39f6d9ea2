import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';
import { nextDelivery, type Key, type KeyIntake } from './key-runs.js';

/** What one prompt reads its keys from, and how it says it is done with them. */
export interface KeyChannel {
  input: PassThrough;
  close(): void;
}

/** How one prompt takes its keys; `room` is asked before each delivery, after the last redraw. */
export interface ChannelOptions extends Omit<KeyIntake, 'room'> {
  room?: () => number;
  /** Told the characters dropped so far for want of room. */
  onDropped?: (total: number) => void;
}

interface Target {
  channel: KeyChannel;
  options: ChannelOptions;
  dropped: number;
}

/** The terminal's input stream: process.stdin, or a stand-in in tests. */
export type KeyboardStream = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };

/**
 * One keyboard for the whole interview. inquirer opens a readline per prompt on the stream it is
 * given; given the terminal itself, keys that arrive after a prompt settles (the rest of a burst,
 * keys typed while an answer is saved) are read by that prompt's closing readline or by the next
 * one before it listens, and are lost or land on the wrong question. Here the terminal is read
 * once, every key goes into a queue, and each prompt gets its own stream fed from the queue one
 * key (or one run of plain characters) per turn of the event loop: a prompt that settles on Enter
 * has done so before the next key is handed out, so what follows waits for the next prompt.
 */
export class TypeAhead {
  private queue: Key[] = [];
  private head = 0;
  private target: Target | undefined;
  private reading = false;
  private pumping = false;
  private readonly onKey = (_text: string | undefined, key: Key | undefined) => {
    if (key?.sequence) this.queue.push(key);
    this.pump();
  };
  private readonly onEnd = () => this.target?.channel.input.emit('end');
  // A read error (EIO once the terminal has gone) is not passed on to the prompt's readline, which
  // has no listener for it and would throw; the hang-up signal that comes with it ends the prompt.
  private readonly onError = () => this.release();

  constructor(private readonly terminal: KeyboardStream) {}

  /** A stream for the next prompt; queued keys reach it first, in order. */
  open(options: ChannelOptions = {}): KeyChannel {
    const input = new PassThrough();
    const channel: KeyChannel = { input, close: () => this.close(target) };
    const target: Target = { channel, options, dropped: 0 };
    this.target = target;
    this.read();
    this.pump();
    return channel;
  }

  /**
   * Drops every key still queued and says how many: when a question refuses an answer, what was
   * typed after it was meant for the questions after it, and typed into this one instead it could
   * make a valid answer to the wrong question.
   */
  discard(): number {
    const count = this.queue.length - this.head;
    this.queue = [];
    this.head = 0;
    return count;
  }

  private close(target: Target): void {
    if (this.target !== target) return;
    this.target = undefined;
    // The next prompt opens in the same turn (saving is synchronous); when none has by the next
    // turn, the interview is over or waiting on something else: hand the terminal back.
    setImmediate(() => {
      if (!this.target) this.release();
    });
  }

  private read(): void {
    if (this.reading) return;
    this.reading = true;
    emitKeypressEvents(this.terminal);
    this.terminal.on('keypress', this.onKey);
    this.terminal.on('end', this.onEnd);
    this.terminal.on('error', this.onError);
    try {
      this.terminal.setRawMode?.(true);
    } catch {
      // The terminal is gone (EIO after a hang-up): the signal that came with it ends the prompt.
    }
    this.terminal.resume();
  }

  /** Leaves the terminal as a program without prompts wants it; keys still queued stay queued. */
  private release(): void {
    if (!this.reading) return;
    this.reading = false;
    this.terminal.off('keypress', this.onKey);
    this.terminal.off('end', this.onEnd);
    this.terminal.off('error', this.onError);
    try {
      this.terminal.setRawMode?.(false);
    } catch {
      // The terminal is gone (EIO after a hang-up): there is no mode left to restore.
    }
    this.terminal.pause();
  }

  /** Delivers one key a turn while a prompt listens, so the prompt settles between keys. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    setImmediate(() => {
      this.pumping = false;
      if (this.deliver()) this.pump();
    });
  }

  /** Hands the next key to the prompt; true when more are waiting. */
  private deliver(): boolean {
    const target = this.target;
    if (!target) return false;
    const { options } = target;
    const delivery = nextDelivery(this.queue, this.head, { joinText: options.joinText, room: options.room?.() });
    this.advance(delivery.taken);
    if (delivery.dropped > 0) {
      target.dropped += delivery.dropped;
      options.onDropped?.(target.dropped);
    }
    if (delivery.key) target.channel.input.emit('keypress', delivery.key.sequence, delivery.key);
    return this.head < this.queue.length;
  }

  private advance(taken: number): void {
    this.head += taken;
    // Drop delivered keys now and then rather than shifting one by one (a paste queues thousands).
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
