import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { sectionBarLines } from '../../../src/report/terminal/score-summary.js';
import { textTable } from '../../../src/report/terminal/table.js';
import { truncate, wrapText } from '../../../src/report/terminal/wrap.js';
import { displayWidth, graphemes, padToWidth } from '../../../src/util/display-width.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

const family = '👨‍👩‍👧';

describe('displayWidth', () => {
  it.each([
    ['plain', 5],
    ['日本語', 6],
    ['👍', 2],
    [family, 2],
    ['cafe\u0301', 4],
    ['\u001b[31mred\u001b[39m', 3],
  ])('%s takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('keeps an accent and an emoji sequence whole', () => {
    expect(graphemes(`e\u0301${family}x`)).toEqual(['e\u0301', family, 'x']);
  });
});

describe('terminal text by columns, not code points', () => {
  it('truncates CJK and emoji to the width, never mid-character', () => {
    expect(truncate('日本語のテキスト', 7)).toBe('日本語…');
    expect(truncate(`${family}${family}${family}`, 5)).toBe(`${family}${family}…`);
    expect(truncate('cafe\u0301 au lait', 6)).toBe('cafe\u0301 …');
    expect(truncate('ascii text', 6)).toBe('ascii…');
  });

  it('wraps CJK words by columns and cuts a long one between characters', () => {
    expect(wrapText('日本語 テキスト', 6)).toEqual(['日本語', 'テキス', 'ト']);
    expect(wrapText('ça va très bien', 8)).toEqual(['ça va', 'très', 'bien']);
    for (const line of wrapText('顧客の声を聞く 👍👍👍👍 cafe\u0301', 7)) expect(displayWidth(line)).toBeLessThanOrEqual(7);
  });

  it('pads table columns so the next column starts at one place', () => {
    expect(textTable([['名前', 'x'], ['ab', 'y'], ['👍', 'z']]).split('\n')).toEqual(['名前  x', 'ab    y', '👍    z']);
    expect(padToWidth('日本', 6)).toBe('日本  ');
  });

  it('starts every section bar at one column, whatever script the titles are in', () => {
    const sections = [
      { id: 's1', title: '顧客の声', score: 80, band: null },
      { id: 's2', title: 'Team 👍', score: 40, band: null },
      { id: 's3', title: 'Cafe\u0301 culture', score: 60, band: null },
    ];
    const lines = sectionBarLines(sections, tinyQuestionnaire, new Chalk({ level: 0 }), 80);
    expect(lines.map((line) => displayWidth(line.slice(0, line.indexOf('#'))))).toEqual([16, 16, 16]);
  });
});
