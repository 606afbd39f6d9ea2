import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Key } from '../../../src/interactive/key-runs.js';
import { TypeAhead, type KeyChannel } from '../../../src/interactive/type-ahead.js';

// The keyboard without inquirer: a stand-in terminal, and "prompts" that settle on Enter as
// inquirer's do (synchronously, or after a validation's microtasks), the next one opening at once.

/** A terminal stand-in that records its raw mode. */
function fakeTerminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, raw: false, setRawMode(mode: boolean) { stream.raw = mode; return stream; } });
  return stream;
}

/** Opens prompts one after another until `count` have settled; each collects its keys until Enter. */
function promptsInTurn(keys: TypeAhead, count: number, settle: (done: () => void) => void = (done) => done()): Promise<string[]> {
  const answers: string[] = [];
  return new Promise((resolve) => {
    const open = () => {
      let line = '';
      const channel: KeyChannel = keys.open({ joinText: true });
      channel.input.on('keypress', (sequence: string, key: Key) => {
        if (key.name !== 'return') return void (line += sequence);
        settle(() => {
          channel.close();
          answers.push(line);
          if (answers.length === count) resolve(answers);
          else open();
        });
      });
    };
    open();
  });
}

describe('one keyboard for the interview', () => {
  it('hands a burst written at once to the prompts in turn, none lost or shifted', async () => {
    const terminal = fakeTerminal();
    const keys = new TypeAhead(terminal);
    const answered = promptsInTurn(keys, 8);
    terminal.write('4\r7\r10\r2\r5\r8\r0\r3\r');
    await expect(answered).resolves.toEqual(['4', '7', '10', '2', '5', '8', '0', '3']);
  });

  it('waits for a prompt that settles after a validation (microtasks) before handing on the next key', async () => {
    const terminal = fakeTerminal();
    const keys = new TypeAhead(terminal);
    const answered = promptsInTurn(keys, 3, (done) => void Promise.resolve().then(() => Promise.resolve()).then(done));
    terminal.write('1\r22\r333\r');
    await expect(answered).resolves.toEqual(['1', '22', '333']);
  });

  it('holds the terminal in raw mode while prompts follow each other, and gives it back after the last', async () => {
    const terminal = fakeTerminal();
    const keys = new TypeAhead(terminal);
    const answered = promptsInTurn(keys, 2);
    expect(terminal.raw).toBe(true);
    terminal.write('a\rb\r');
    await answered;
    await new Promise((resolve) => setImmediate(resolve));
    expect(terminal.raw).toBe(false);
    expect(terminal.isPaused()).toBe(true);
  });

  it('drops what is still queued when a question refuses an answer, and counts it', async () => {
    const terminal = fakeTerminal();
    const keys = new TypeAhead(terminal);
    const channel = keys.open({ joinText: true });
    const seen: string[] = [];
    channel.input.on('keypress', (sequence: string, key: Key) => {
      seen.push(sequence);
      if (key.name === 'return') seen.push(`dropped ${keys.discard()}`);
    });
    terminal.write('11\r4\r5\r');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['11', '\r', 'dropped 4']);
    channel.close();
  });
});
