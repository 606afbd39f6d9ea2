// Must come first: it swaps @inquirer/prompts for versions drawn on a test screen.
import { screen } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inquirerPrompter } from '../../../src/interactive/inquirer-prompter.js';
import { askQuestion } from '../../../src/interactive/prompter.js';
import { questionView } from '../../../src/interactive/question-view.js';
import { reviewView } from '../../../src/interactive/review-view.js';
import { record, revise, startSession, type Recorded } from '../../../src/interactive/session.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { repoRoot } from '../../helpers/cli.js';
import type { ReviewView } from '../../../src/interactive/prompter.js';

// Our own checkbox list (exclusive options) is drawn on the same test screen as inquirer's prompts.
vi.mock('../../../src/interactive/tick-list.js', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../../src/interactive/tick-list.js')>();
  return { ...actual, tickList: wrapPrompt(actual.tickList) };
});

const { questionnaire } = loadQuestionnaireFile(join(import.meta.dirname, '../../fixtures/interactive-run/questionnaires/all-types.yaml'));
const prompter = await inquirerPrompter({ style: new Chalk({ level: 0 }), columns: 80, rows: 40 });
const small = await inquirerPrompter({ style: new Chalk({ level: 0 }), columns: 80, rows: 24 });
const AGREE: Recorded = { kind: 'likert', position: 4 };

const { questionnaire: exclusive } = loadQuestionnaireFile(join(import.meta.dirname, '../../fixtures/exclusive-options/questionnaires/exclusive.yaml'));

/** The multi question with exclusive options. */
function exclusiveView(answers: Record<string, Recorded> = {}) {
  return questionView({ ...startSession(exclusive, answers), index: 0 }, exclusive);
}

/** The view of question `index` with these answers recorded. */
function viewAt(index: number, answers: Record<string, Recorded> = {}) {
  let state = startSession(questionnaire, answers);
  state = { ...state, index };
  return questionView(state, questionnaire);
}

describe('inquirer prompter: what the respondent sees and can do', () => {
  it('shows progress, section, question and help over a numbered scale; a required first question has no extras', async () => {
    const answer = askQuestion(prompter, viewAt(0));
    const shown = screen.getScreen();
    expect(shown).toContain('All question types');
    expect(shown).toContain('Question 1 of 6 · Section 1 of 2');
    expect(shown).toContain('0/6 done');
    expect(shown).toContain('1. Basics\nScales and choices.');
    expect(shown).toContain('1.1 We keep our promises.\n    Promises are what customers remember.');
    expect(shown).toContain('❯ 1. Strongly disagree\n  2. Disagree');
    expect(shown).not.toMatch(/Skip|Back|Not applicable/);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: 'Agree' });
  });

  it('offers Not applicable, Skip and Back under the options, with the current answer preselected', async () => {
    const view = viewAt(1, { agree: AGREE, pick: { kind: 'choice', index: 1 } });
    const answer = askQuestion(prompter, view);
    const shown = screen.getScreen();
    expect(shown).toContain('❯ 2. Within a week');
    expect(shown).toMatch(/3\. Never\n ─+\n {2}4\. Not applicable\n {2}5\. Skip this question\n {2}6\. ← Back/);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });
  });

  it('checks a typed rating by the answer-file rules; n/a and "<" work; Enter keeps the current answer', async () => {
    const answer = askQuestion(prompter, viewAt(3));
    expect(screen.getScreen()).toContain('Type a number from 1 to 5, or n/a if it does not apply.\nEnter alone skips · < goes back\n›');
    screen.type('9');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('> Must be a number from 1 to 5 (got "9")');
    screen.keypress('backspace');
    screen.type('n/a');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: 'n/a' });

    const back = askQuestion(prompter, viewAt(3));
    screen.type('<');
    screen.keypress('enter');
    await expect(back).resolves.toEqual({ kind: 'back' });

    const kept = askQuestion(prompter, viewAt(3, { rate: { kind: 'rating', value: 2 } }));
    expect(screen.getScreen()).toContain('Enter keeps (2) · Backspace then Enter skips');
    screen.keypress('enter');
    await expect(kept).resolves.toEqual({ kind: 'answer', raw: '2' });
  });

  it('refuses an empty answer to a required typed question', async () => {
    const required = { ...viewAt(5), canSkip: false };
    const answer = askQuestion(prompter, required);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('> This question needs an answer.');
    screen.type('Faster replies');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: 'Faster replies' });
  });

  it('ticks several options; an extra such as Skip must stand alone', async () => {
    const answer = askQuestion(prompter, viewAt(4));
    expect(screen.getScreen()).toContain('Space ticks or unticks; Enter when done.');
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('> "Skip this question" goes on its own: untick the others.');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: ['Phone', 'Chat'] });
  });

  it('unticks the others as an exclusive option is ticked, and the exclusive one as another is, in view', async () => {
    const answer = askQuestion(prompter, exclusiveView());
    // The line wraps at the terminal's width.
    expect(screen.getScreen().replace(/\s+/g, ' ')).toContain('Space ticks or unticks; Enter when done. Ticking "None of these" or "Don\'t know" unticks the others.');
    screen.keypress('space'); // Phone
    screen.keypress('down');
    screen.keypress('space'); // Email
    expect(screen.getScreen()).toContain('◉ Phone\n❯◉ Email\n ◯ Chat\n ◯ None of these');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space'); // None of these: Phone and Email go
    expect(screen.getScreen()).toContain(' ◯ Phone\n ◯ Email\n ◯ Chat\n❯◉ None of these\n ◯ Don\'t know');
    screen.keypress('down');
    screen.keypress('space'); // Don't know: None of these goes
    expect(screen.getScreen()).toContain(' ◯ None of these\n❯◉ Don\'t know');
    screen.keypress('3'); // Chat, by its number: Don't know goes
    expect(screen.getScreen()).toContain('❯◉ Chat\n ◯ None of these\n ◯ Don\'t know');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: ['Chat'] });
  });

  it('keeps a resumed exclusive answer ticked alone, and unticking leaves nothing ticked', async () => {
    const answer = askQuestion(prompter, exclusiveView({ channels: { kind: 'multi', indices: [3] } }));
    expect(screen.getScreen()).toContain('◉ None of these');
    screen.keypress('4');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', raw: [] });
  });

  it('reviews the answers by section; Finish waits for required questions', async () => {
    const open = startSession(questionnaire, { pick: null, 'yes-or-no': null, rate: null, channels: null, comment: null });
    const blocked = prompter.review(reviewView({ ...open, index: open.items.length }, questionnaire));
    const shown = screen.getScreen();
    expect(shown).toContain('Review your answers  0 of 6 answered · 6 open');
    expect(shown).toContain('Answer the 1 required question marked "required", then finish.');
    expect(shown).toContain('- Finish and see the results (answer the required questions first)');
    expect(shown).toContain(' Basics\n❯ 1.1 We keep our promises. → (required, not answered)');
    screen.keypress('enter');
    await expect(blocked).resolves.toEqual({ kind: 'change', index: 0 });

    const done = record(revise(open, 0), AGREE);
    const finish = prompter.review(reviewView(done, questionnaire));
    expect(screen.getScreen()).toContain('1.1 We keep our promises. → Agree');
    screen.keypress('enter');
    await expect(finish).resolves.toEqual({ kind: 'finish' });
  });

  it('rejects with ExitPromptError on Ctrl+C', async () => {
    const answer = askQuestion(prompter, viewAt(2));
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});

describe('review of a long questionnaire in a 24-line terminal', () => {
  const { questionnaire } = loadQuestionnaireFile(join(repoRoot, 'questionnaires/service-culture.yaml'));
  const start = startSession(questionnaire);
  const ids = start.items.map((item) => item.question.id);
  /** Every question skipped. */
  const answers: Record<string, Recorded> = Object.fromEntries(ids.map((id) => [id, null]));
  const atReview = { ...startSession(questionnaire, answers), index: start.items.length };

  it('says how many questions lie below the page, and above it once scrolled', async () => {
    const chosen = small.review(reviewView(atReview, questionnaire));
    const first = screen.getScreen();
    const visible = (text: string) => ids.filter((_, i) => text.includes(` ${atReview.items[i]?.number} `)).length;
    expect(first).toContain(`↓ ${ids.length - visible(first)} more below`);
    expect(first).not.toContain('more above');
    for (let i = 0; i < 20; i++) screen.keypress('down');
    const scrolled = screen.getScreen();
    expect(scrolled).toMatch(/↑ \d+ more above · ↓ \d+ more below/);
    const [, above, below] = /↑ (\d+) more above · ↓ (\d+) more below/.exec(scrolled) ?? [];
    expect(Number(above) + Number(below) + visible(scrolled)).toBe(ids.length);
    for (const line of scrolled.split('\n')) expect(line.length).toBeLessThan(80);
    expect(scrolled.split('\n').length).toBeLessThanOrEqual(24);
    screen.keypress('enter');
    await chosen;
  });

  it('shows the highlighted question and its answer whole under the list', async () => {
    const index = ids.indexOf('one-change-to-make-us-easier');
    const said = 'Let people return things without a receipt when the card they paid with shows the sale';
    const long = { ...answers, [ids[index]!]: { kind: 'text', text: said } as Recorded };
    const view: ReviewView = reviewView({ ...startSession(questionnaire, long), index: start.items.length }, questionnaire, index);
    const chosen = small.review(view);
    const shown = screen.getScreen().replace(/\s+/g, ' ');
    // The list line cuts question and answer; the lines under the list carry both whole.
    expect(shown).toContain(start.items[index]!.question.text.replace(/\s+/g, ' '));
    expect(shown).toContain(`→ ${said}`);
    screen.keypress('enter');
    await chosen;
  });

  it('starts on the question just changed', async () => {
    const chosen = small.review(reviewView(atReview, questionnaire, 5));
    expect(screen.getScreen()).toMatch(new RegExp(`❯ ${start.items[5]!.number.replace('.', '\\.')} `));
    screen.keypress('enter');
    await expect(chosen).resolves.toEqual({ kind: 'change', index: 5 });
  });
});
