import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { listQuestionnaires } from '../../../src/cli/actions/list.js';
import { savingBanner } from '../../../src/interactive/banner.js';
import { questionPage, reviewEntryName, typedHint } from '../../../src/interactive/page.js';
import { questionView } from '../../../src/interactive/question-view.js';
import { startSession } from '../../../src/interactive/session.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { displayWidth } from '../../../src/util/display-width.js';
import { truncate, wrapText } from '../../../src/report/terminal/wrap.js';
import { repoRoot } from '../../helpers/cli.js';

const builtIns = listQuestionnaires(repoRoot).map(({ file }) => loadQuestionnaireFile(file).questionnaire);

describe('question screens fit the terminal', () => {
  it.each([80, 50])('every built-in question at %i columns, in colour, has no line wider than the terminal', (columns) => {
    const style = new Chalk({ level: 1 });
    for (const questionnaire of builtIns) {
      const state = startSession(questionnaire);
      state.items.forEach((_, index) => {
        const view = questionView({ ...state, index }, questionnaire);
        for (const line of [...questionPage(view, style, columns), ...typedHint(view, 'Type a number from 0 to 10', '10', columns)]) {
          expect(displayWidth(line), `${questionnaire.id} question ${index + 1}: ${line}`).toBeLessThan(columns);
        }
        expect(displayWidth(reviewEntryName({ index, number: view.number, text: view.question.text, answer: 'A long answer label that goes on', required: false }, columns))).toBeLessThan(columns);
      });
    }
  });

  it('says what to type and which keys work', () => {
    const questionnaire = builtIns.find((q) => q.id === 'five-ways')!;
    const state = startSession(questionnaire);
    // Question 3, jobs-right-first-time: a 0..10 rating that allows n/a.
    const rating = questionView({ ...state, index: 2 }, questionnaire);
    expect(typedHint({ ...rating, canNA: false }, 'Type a number from 0 to 10', undefined, 80)).toEqual(['Type a number from 0 to 10.', 'Enter alone skips · < goes back']);
    expect(typedHint(rating, 'Type a number from 0 to 10', undefined, 80)).toEqual(['Type a number from 0 to 10, or n/a if it does not apply.', 'Enter alone skips · < goes back']);
    expect(typedHint({ ...rating, back: undefined, canSkip: false, canNA: true }, 'Type a number from 0 to 10', '7', 80)).toEqual(['Type a number from 0 to 10, or n/a if it does not apply.', 'Enter keeps (7)']);
  });
});

describe('review lines', () => {
  it('keep multi-line text and answers on one line, without control sequences', () => {
    const name = reviewEntryName({ index: 0, number: '2.5', text: 'What would\nyou change?', answer: 'Faster\n\u001b[31mreplies', required: false }, 80);
    expect(name).toBe('2.5 What would you change? → Faster replies');
  });
});

describe('wrapText and truncate', () => {
  it('breaks at spaces, cuts words longer than the width, and keeps paragraphs', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('first\n\nsecond', 20)).toEqual(['first', 'second']);
  });

  it('truncates by characters, not bytes', () => {
    expect(truncate('Zürich café', 6)).toBe('Zürich café'.slice(0, 5) + '…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('the line before the first question', () => {
  it('fits 80 columns with a long answer-file path, which stays whole on a line of its own', () => {
    const file = 'answers/service-culture-front-desk-team-north-store-2026-12-07-024437.yaml';
    const lines = savingBanner({ file, resumed: { seen: 12, count: 35 } }, 80);
    for (const line of lines) expect(displayWidth(line)).toBeLessThan(80);
    expect(lines.join(' ')).toBe(`Continuing ${file} (12 of 35 done); saved after every answer.`);
    expect(lines.some((line) => line.includes(file))).toBe(true);
    expect(savingBanner({ file: 'a.yaml' }, 80)).toEqual(['Saving to a.yaml after every answer.']);
  });
});
