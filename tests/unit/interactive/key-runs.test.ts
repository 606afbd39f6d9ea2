import { describe, expect, it } from 'vitest';
import { isPlainText, nextDelivery, type Key } from '../../../src/interactive/key-runs.js';
import { lineTail } from '../../../src/interactive/typed-input.js';

const keys = (text: string): Key[] => [...text].map((sequence) => ({ sequence, name: sequence === '\r' ? 'return' : undefined, ctrl: false, meta: false }));

describe('keys typed ahead: what a prompt gets next', () => {
  it('tells plain characters from Enter, Backspace, arrows and Ctrl keys', () => {
    expect(isPlainText({ sequence: 'a' })).toBe(true);
    expect(isPlainText({ sequence: 'é' })).toBe(true);
    expect(isPlainText({ sequence: '\r', name: 'return' })).toBe(false);
    expect(isPlainText({ sequence: '\x7f', name: 'backspace' })).toBe(false);
    expect(isPlainText({ sequence: '\x1b[A', name: 'up' })).toBe(false);
    expect(isPlainText({ sequence: '\x03', name: 'c', ctrl: true })).toBe(false);
    expect(isPlainText({ sequence: '\x1bx', name: 'x', meta: true })).toBe(false);
  });

  it('hands a list one key at a time, so "12" can pick the twelfth and Enter stays its own delivery', () => {
    const queue = keys('12\r');
    expect(nextDelivery(queue, 0, {})).toEqual({ key: queue[0], taken: 1, dropped: 0 });
    expect(nextDelivery(queue, 2, {})).toEqual({ key: queue[2], taken: 1, dropped: 0 });
    expect(nextDelivery(queue, 3, {})).toEqual({ taken: 0, dropped: 0 });
  });

  it('joins a run of plain characters for typed input, up to the next Enter', () => {
    const queue = keys('10\r7\r');
    expect(nextDelivery(queue, 0, { joinText: true })).toMatchObject({ key: { sequence: '10' }, taken: 2, dropped: 0 });
    expect(nextDelivery(queue, 2, { joinText: true })).toMatchObject({ key: { name: 'return' }, taken: 1 });
  });

  it('cuts a run at the room left and drops the rest; a full line takes nothing more', () => {
    const queue = keys('abcdef\r');
    expect(nextDelivery(queue, 0, { joinText: true, room: 4 })).toMatchObject({ key: { sequence: 'abcd' }, taken: 6, dropped: 2 });
    expect(nextDelivery(queue, 0, { joinText: true, room: 0 })).toEqual({ taken: 6, dropped: 6 });
    expect(nextDelivery(queue, 6, { joinText: true, room: 0 })).toMatchObject({ key: { name: 'return' }, taken: 1, dropped: 0 });
  });

  it('never cuts a character made of two UTF-16 units in half', () => {
    const queue = [{ sequence: 'a' }, { sequence: '😀' }];
    expect(nextDelivery(queue, 0, { joinText: true, room: 2 })).toMatchObject({ key: { sequence: 'a' }, dropped: 2 });
  });

  it('joins 100,000 queued characters in one pass', () => {
    const queue = keys('x'.repeat(100_000));
    const delivery = nextDelivery(queue, 0, { joinText: true, room: 10_000 });
    expect(delivery.key?.sequence).toHaveLength(10_000);
    expect(delivery).toMatchObject({ taken: 100_000, dropped: 90_000 });
  });
});

describe('a long typed line on screen', () => {
  it('shows a line that fits two terminal lines whole', () => {
    expect(lineTail('x'.repeat(158), 80)).toBe('x'.repeat(158));
  });

  it('shows a longer one as "…" and its end on at most two lines, ending where the cursor goes', () => {
    for (const length of [159, 200, 10_000, 10_001]) {
      const shown = lineTail('x'.repeat(length), 80);
      expect(shown.startsWith('…')).toBe(true);
      expect(shown.length).toBeLessThanOrEqual(2 * 80 - 2);
      // inquirer puts the cursor where the whole line would end (it measures the line alone when
      // what is shown is shorter); "› " and what is shown end in that column.
      expect((2 + shown.length) % 80).toBe(length % 80);
    }
  });
});
